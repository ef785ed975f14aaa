package kz.legalstat.i18n;

/** A refusal told in the person's words: the key of its text in the bundles, and the text's arguments. */
public class TextException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    protected TextException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
