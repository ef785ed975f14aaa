package kz.legalstat.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.legalstat.i18n.Lang;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The interface speaks Kazakh or Russian: the person's choice ({@code ?lang=kk}), kept in a cookie; else the
 * browser's preference between the two; else Russian. No other language can be chosen.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebLanguageConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("legalstat-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(WebLanguageConfiguration::preferred);
        return resolver;
    }

    private static Locale preferred(HttpServletRequest request) {
        for (var languages = request.getLocales(); languages.hasMoreElements(); ) {
            String language = languages.nextElement().getLanguage();
            if (language.equals("kk") || language.equals("ru")) {
                return Locale.forLanguageTag(language);
            }
        }
        return Lang.ru.locale();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String wanted = request.getParameter("lang");
                if (wanted != null && (wanted.equals("kk") || wanted.equals("ru"))) {
                    RequestContextUtils.getLocaleResolver(request)
                            .setLocale(request, response, Locale.forLanguageTag(wanted));
                }
                return true;
            }
        });
    }

    /** The language of the current request, as one of the two. */
    static Lang lang(Locale locale) {
        return Lang.of(locale);
    }
}
