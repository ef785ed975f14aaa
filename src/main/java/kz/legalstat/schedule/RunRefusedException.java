package kz.legalstat.schedule;

import kz.legalstat.i18n.TextException;

/** A run that cannot be restarted as asked (none of that number, or still worked on); the key names the text. */
public class RunRefusedException extends TextException {

    RunRefusedException(String key, Object... args) {
        super(key, args);
    }
}
