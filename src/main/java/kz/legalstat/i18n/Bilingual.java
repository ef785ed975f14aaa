package kz.legalstat.i18n;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.context.i18n.LocaleContextHolder;

/** One text in both languages, as stored for units to read in the language they choose. */
public record Bilingual(String kk, String ru) {

    /** The same text in both, for words that exist in one form only (a library's own, a file path). */
    public static Bilingual same(String text) {
        return new Bilingual(text, text);
    }

    public String in(Lang lang) {
        return lang == Lang.kk ? kk : ru;
    }

    public String in(Locale locale) {
        return in(Lang.of(locale));
    }

    /**
     * The text in the reader's language: a web request's (Spring keeps its locale for the request), the command
     * line's. JSON carries it as one string, as it carries every other message.
     */
    @JsonValue
    public String current() {
        return in(LocaleContextHolder.getLocale());
    }
}
