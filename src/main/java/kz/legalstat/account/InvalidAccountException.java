package kz.legalstat.account;

/** An account that cannot be created as asked; the key names the message in the bundles. */
public class InvalidAccountException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    InvalidAccountException(String key, Object... args) {
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
