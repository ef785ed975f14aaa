package kz.legalstat.web;

import org.springframework.http.HttpStatus;

/**
 * A request that cannot be served as asked: its status and the message (a bundle key) that says why. A value the
 * person sent is echoed at most {@value #ECHOED} characters long, so that a huge value is not sent back whole.
 */
class WebRequestException extends RuntimeException {

    static final int ECHOED = 100;

    private final HttpStatus status;
    private final String key;
    private final transient Object[] args;

    WebRequestException(HttpStatus status, String key, Object... args) {
        super(key);
        this.status = status;
        this.key = key;
        this.args = java.util.Arrays.stream(args).map(a -> a instanceof String text ? echo(text) : a).toArray();
    }

    /** A value as a message may repeat it: cut to {@value #ECHOED} characters, with «…» where it was cut. */
    static String echo(String value) {
        return value.length() <= ECHOED ? value : value.substring(0, ECHOED) + "…";
    }

    HttpStatus status() {
        return status;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }

    static WebRequestException badRequest(String key, Object... args) {
        return new WebRequestException(HttpStatus.BAD_REQUEST, key, args);
    }

    static WebRequestException forbidden(String key, Object... args) {
        return new WebRequestException(HttpStatus.FORBIDDEN, key, args);
    }

    static WebRequestException notFound(String key, Object... args) {
        return new WebRequestException(HttpStatus.NOT_FOUND, key, args);
    }
}
