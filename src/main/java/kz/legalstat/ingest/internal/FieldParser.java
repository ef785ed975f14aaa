package kz.legalstat.ingest.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and numbers written the ways docs/submissions.md allows, strictly: 31.09.2026 is not a date. Called
 * for every cell of millions of rows, so the common forms are read by hand, without regex or exceptions.
 */
final class FieldParser {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");
    private static final Pattern TYPED_DATE =
            Pattern.compile("([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})(?:\\s?(?:г|ж)\\.?)?");
    private static final Pattern TENGE = Pattern.compile("(.*?[0-9])[\\s\\u00A0]*(?iu:тг\\.?|тенге|₸|kzt)");
    private static final String CYRILLIC_LOOKALIKES = "АВЕКМНОРСТУХаеокрсух";
    private static final String LATIN_LOOKALIKES = "ABEKMHOPCTYXaeokpcyx";
    private static final Set<String> MIDNIGHT = Set.of(" 0:00", " 00:00", " 0:00:00", " 00:00:00");
    private static final Pattern SPACES = Pattern.compile("[ \u00A0\u202F]");

    private FieldParser() {
    }

    /**
     * The text without the spaces around it, of any kind: {@link String#strip()} keeps the non-breaking and
     * zero-width ones that Excel, 1C and text copied from a web page leave, and a cell of them only would pass
     * for a value.
     */
    static String trimmed(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    /** Whether a cell holds nothing but spaces of any kind. */
    static boolean isBlank(String text) {
        return trimmed(text).isEmpty();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /**
     * The date, or {@code null} when the text is no date in either allowed form. A date followed by midnight
     * (14.09.2026 0:00:00) is that date: Excel and 1C write a date cell so when they save it as CSV.
     */
    static LocalDate date(String text) {
        if (text.length() != 10) {
            return text.length() > 10 && MIDNIGHT.contains(text.substring(10)) ? date(text.substring(0, 10))
                    : typedDate(text);
        }
        if (text.charAt(4) == '-' && text.charAt(7) == '-') {
            return date(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        }
        if (text.charAt(2) == '.' && text.charAt(5) == '.') {
            return date(digits(text, 6, 10), digits(text, 3, 5), digits(text, 0, 2));
        }
        return typedDate(text);
    }

    /**
     * A day and month typed without their leading zero (2.9.2026), or a date followed by the word for year as
     * Russian and Kazakh documents write it (14.09.2026 г., 14.09.2026ж.): what staff type into a cell kept as text.
     */
    private static LocalDate typedDate(String text) {
        Matcher typed = TYPED_DATE.matcher(text);
        return typed.matches() ? date(Integer.parseInt(typed.group(3)), Integer.parseInt(typed.group(2)),
                Integer.parseInt(typed.group(1))) : null;
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number of text[from, to) when every character is a digit, else -1. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The value of text made of 1 to 18 digits and nothing else, else -1. */
    static long plainInteger(String text) {
        int length = text.length();
        if (length == 0 || length > 18) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * The text with each Cyrillic letter that looks like a Latin one written as that Latin letter: a code typed on a
     * Kazakh or Russian keyboard layout (РROTEST with a Cyrillic Р) reads as the code it looks like.
     */
    static String latinLookalikes(String text) {
        StringBuilder latin = null;
        for (int i = 0; i < text.length(); i++) {
            int at = CYRILLIC_LOOKALIKES.indexOf(text.charAt(i));
            if (at >= 0) {
                if (latin == null) {
                    latin = new StringBuilder(text);
                }
                latin.setCharAt(i, LATIN_LOOKALIKES.charAt(at));
            }
        }
        return latin == null ? text : latin.toString();
    }

    /**
     * An amount in tenge: a number, followed or not by the currency as people write it after a sum (1 250 000,50
     * тг., 300 тенге, 300 ₸, 300 KZT).
     */
    static BigDecimal tenge(String text) {
        Matcher withCurrency = TENGE.matcher(text);
        return number(withCurrency.matches() ? withCurrency.group(1) : text);
    }

    /**
     * The number, or {@code null}: digits with {@code .} or {@code ,} as the decimal separator and spaces
     * (ordinary, non-breaking or narrow) as thousands separators.
     */
    static BigDecimal number(String text) {
        if (!text.isEmpty() && text.length() < 10 && digits(text, 0, text.length()) >= 0) {
            return BigDecimal.valueOf(digits(text, 0, text.length()));
        }
        String compact = SPACES.matcher(text).replaceAll("");
        if (!NUMBER.matcher(compact).matches()) {
            return null;
        }
        return new BigDecimal(compact.replace(',', '.'));
    }
}
