package kz.legalstat.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import kz.legalstat.i18n.Lang;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The interface speaks Kazakh or Russian: the person's choice ({@code ?lang=kk}, {@link LanguageChoice}), kept in a
 * cookie; else the browser's preference between the two; else Russian. No other language can be chosen.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebLanguageConfiguration {

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

    /** The language of the current request, as one of the two. */
    static Lang lang(Locale locale) {
        return Lang.of(locale);
    }
}
