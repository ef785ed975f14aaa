package kz.legalstat.i18n;

import java.util.Locale;

/** The two languages every report and message exists in: the state language and Russian. */
public enum Lang {
    kk, ru;

    public Locale locale() {
        return Locale.forLanguageTag(name());
    }

    /** The one of the two a locale asks for: Kazakh when it is Kazakh, Russian otherwise. */
    public static Lang of(Locale locale) {
        return "kk".equals(locale.getLanguage()) ? kk : ru;
    }

    /** Reads {@code kk} or {@code ru}; anything else is an error naming what is allowed. */
    public static Lang parse(String text) {
        for (Lang lang : values()) {
            if (lang.name().equalsIgnoreCase(text.trim())) {
                return lang;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a language: use kk or ru");
    }
}
