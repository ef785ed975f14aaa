package kz.legalstat.quality;

import kz.legalstat.i18n.TextException;

/** A change of a rule that cannot be made as asked; the key names the message in the bundles. */
public class InvalidRuleChangeException extends TextException {

    InvalidRuleChangeException(String key, Object... args) {
        super(key, args);
    }
}
