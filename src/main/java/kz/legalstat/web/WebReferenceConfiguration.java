package kz.legalstat.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.legalstat.reference.ReferenceData;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Pages and the API show the units of the list last loaded, also when another server loaded it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebReferenceConfiguration implements WebMvcConfigurer {

    private final ReferenceData reference;

    WebReferenceConfiguration(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                reference.refreshIfChanged();
                return true;
            }
        }).excludePathPatterns("/css/**");
    }
}
