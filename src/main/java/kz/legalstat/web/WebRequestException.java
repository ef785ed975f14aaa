package kz.legalstat.web;

import org.springframework.http.HttpStatus;

/** A request that cannot be served as asked: its status and the message (a bundle key) that says why. */
class WebRequestException extends RuntimeException {

    private final HttpStatus status;
    private final String key;
    private final transient Object[] args;

    WebRequestException(HttpStatus status, String key, Object... args) {
        super(key);
        this.status = status;
        this.key = key;
        this.args = args;
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
