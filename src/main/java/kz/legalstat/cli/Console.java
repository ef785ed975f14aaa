package kz.legalstat.cli;

import java.io.PrintStream;

import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;

import org.springframework.context.i18n.LocaleContextHolder;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a command's output goes: with {@code --json} one JSON document on stdout and everything human on
 * stderr; without it, the human summary on stdout. Operator messages are in LEGALSTAT_LANG (kk or ru).
 */
final class Console {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    final PrintStream out;
    final PrintStream err;
    final Texts texts;
    final Lang lang;
    private final boolean json;

    Console(boolean json, Texts texts) {
        this.out = utf8(System.out);
        this.err = utf8(System.err);
        this.json = json;
        this.texts = texts;
        this.lang = operatorsLanguage();
        String asked = System.getenv("LEGALSTAT_LANG");
        if (asked != null && !asked.isBlank() && !isLanguage(asked)) {
            // the operator's language is the one thing not known here: said in both
            var unknown = texts.both("cli.lang.env-unknown", asked.strip());
            err.println(unknown.kk());
            err.println(unknown.ru());
        }
        // texts kept in both languages (a failed run's reason) are read in the operator's, in JSON as well
        LocaleContextHolder.setDefaultLocale(lang.locale());
    }

    /** LEGALSTAT_LANG: kk, or ru (the default, also for a value that is neither, which the console names). */
    static Lang operatorsLanguage() {
        return "kk".equalsIgnoreCase(System.getenv().getOrDefault("LEGALSTAT_LANG", "ru").strip()) ? Lang.kk : Lang.ru;
    }

    private static boolean isLanguage(String value) {
        return value.strip().equalsIgnoreCase("kk") || value.strip().equalsIgnoreCase("ru");
    }

    /** Kazakh and Russian text and JSON stay readable whatever the machine's locale (servers often run C). */
    private static PrintStream utf8(PrintStream stream) {
        // a PrintStream passes written bytes through unchanged, so wrapping it only fixes the encoding
        return new PrintStream(stream, true, java.nio.charset.StandardCharsets.UTF_8);
    }

    boolean json() {
        return json;
    }

    String text(String key, Object... args) {
        return texts.get(lang, key, args);
    }

    /** A human line: stdout normally, stderr when stdout is reserved for JSON. */
    void say(String line) {
        (json ? err : out).println(line);
    }

    /** The command's result document, printed only with --json. */
    void result(Object document) {
        if (json) {
            out.println(JSON.writeValueAsString(document));
        }
    }
}
