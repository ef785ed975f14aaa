package kz.legalstat.i18n;

/** One text in both languages, as stored for units to read in the language they choose. */
public record Bilingual(String kk, String ru) {

    public String in(Lang lang) {
        return lang == Lang.kk ? kk : ru;
    }
}
