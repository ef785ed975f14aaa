package kz.legalstat.quality;

/** A change of a rule that cannot be made as asked; the key names the message in the bundles. */
public class InvalidRuleChangeException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    InvalidRuleChangeException(String key, Object... args) {
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
