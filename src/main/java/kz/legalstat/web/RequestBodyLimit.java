package kz.legalstat.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body but a file upload (whose own limit is {@code spring.servlet.multipart}) at
 * {@value #MAX_BYTES} bytes: an export order or a form is a few hundred bytes, and a 5 MB field should cost the server
 * nothing. A declared length over the cap is answered 413 at once; a body sent without one stops being read at the cap.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // before security: a huge body is refused before any password is checked
class RequestBodyLimit extends OncePerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;

    /** Reading went past the cap: the request is answered 413. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("request body over " + MAX_BYTES + " bytes");
        }
    }

    private final ApiProblems problems;

    RequestBodyLimit(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            chain.doFilter(request, response);
        } else if (request.getContentLengthLong() > MAX_BYTES) {
            refuse(request, response, HttpStatus.CONTENT_TOO_LARGE);
        } else if (request.getContentLengthLong() < 0 && type.startsWith("application/x-www-form-urlencoded")) {
            // Tomcat reads a form's fields itself, past any wrapper: a form must say its length (browsers do)
            refuse(request, response, HttpStatus.LENGTH_REQUIRED);
        } else {
            chain.doFilter(new Capped(request), response);
        }
    }

    /** A problem for the API, the application's own error page in the person's language for the pages. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.write(request, response, status, status == HttpStatus.LENGTH_REQUIRED ? "web.error.length-required"
                    : "web.error.too-large", MAX_BYTES / 1024);
        } else {
            // sendError here would get Tomcat's page: the body is left unread
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status.value());
            response.setStatus(status.value());
            request.getRequestDispatcher("/error").forward(new Unread(request), response);
        }
    }

    /**
     * The refused request as the error page sees it: no parameters, so that nothing on the way (the form token's
     * check) tries to read the body that was refused.
     */
    private static final class Unread extends HttpServletRequestWrapper {

        Unread(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public java.util.Map<String, String[]> getParameterMap() {
            return java.util.Map.of();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }

    /** The request, its body readable up to the cap. */
    private static final class Capped extends HttpServletRequestWrapper {

        private ServletInputStream capped;

        Capped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) {
                ServletInputStream in = super.getInputStream();
                capped = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > MAX_BYTES) {
                            throw new TooLargeException();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > MAX_BYTES) {
                            throw new TooLargeException();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return capped;
        }
    }
}
