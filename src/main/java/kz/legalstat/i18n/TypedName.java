package kz.legalstat.i18n;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as a person types it into a header or a cell, reduced to what two spellings of the same name share:
 * case, spaces (non-breaking and zero-width ones and runs of them, which Excel and 1C leave), a stray byte-order
 * mark, and ё written as е, as most keyboards and many offices write it.
 */
public final class TypedName {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

    private TypedName() {
    }

    /** The form two typed names are compared in: equal keys, the same name. */
    public static String key(String typed) {
        return SPACES.matcher(typed).replaceAll(" ").strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
