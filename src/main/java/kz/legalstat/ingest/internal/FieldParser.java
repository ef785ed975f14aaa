package kz.legalstat.ingest.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates and numbers written the ways spec/submissions.md allows, strictly: 31.09.2026 is not a date. */
final class FieldParser {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private FieldParser() {
    }

    /** The date, or {@code null} when the text is no date in either allowed form. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, text.indexOf('.') > 0 ? DOTTED : ISO);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The number, or {@code null}: digits with {@code .} or {@code ,} as the decimal separator and spaces
     * (ordinary, non-breaking or narrow) as thousands separators.
     */
    static BigDecimal number(String text) {
        String compact = text.replaceAll("[ \u00A0\u202F]", "");
        if (!compact.matches("-?[0-9]+([.,][0-9]+)?")) {
            return null;
        }
        return new BigDecimal(compact.replace(',', '.'));
    }
}
