package kz.legalstat.report.internal;

/** A report template that cannot be used, named with what is wrong in it. */
public class TemplateException extends RuntimeException {

    TemplateException(String message) {
        super(message);
    }

    TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
