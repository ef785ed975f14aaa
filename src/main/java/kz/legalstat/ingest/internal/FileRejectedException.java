package kz.legalstat.ingest.internal;

/** The whole file cannot be taken; {@link #code} picks its message from the bundles. */
class FileRejectedException extends Exception {

    private final String code;
    private final transient Object[] args;

    FileRejectedException(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
    }

    String code() {
        return code;
    }

    Object[] args() {
        return args;
    }
}
