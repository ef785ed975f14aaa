package kz.legalstat.account;

import kz.legalstat.i18n.TextException;

/** An account that cannot be created as asked; the key names the message in the bundles. */
public class InvalidAccountException extends TextException {

    InvalidAccountException(String key, Object... args) {
        super(key, args);
    }
}
