package kz.legalstat.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language a person picks ({@code ?lang=kk} on any page) is kept before anything else runs, sign-in included: a
 * page that sends them to sign in first shows the sign-in page in the language they asked for. Only a link (GET)
 * picks it, so that no form's body is read here.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class LanguageChoice extends OncePerRequestFilter {

    private final LocaleResolver locales;

    LanguageChoice(LocaleResolver locales) {
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String wanted = "GET".equals(request.getMethod()) ? request.getParameter("lang") : null;
        if ("kk".equals(wanted) || "ru".equals(wanted)) {
            locales.setLocale(request, response, Locale.forLanguageTag(wanted));
        }
        chain.doFilter(request, response);
    }
}
