package kz.legalstat.ingest.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The values units write, read as docs/submissions.md ("Values") allows them and no other way, one line of the
 * table per case. No database, no Spring: the unit lane.
 */
class FieldParserTest {

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-09-14          | 2026-09-14",
            "14.09.2026          | 2026-09-14",
            // as staff type a date into a text cell
            "2.9.2026            | 2026-09-02",
            "14.9.2026           | 2026-09-14",
            "1.10.2026г          | 2026-10-01",
            "14.09.2026 г.       | 2026-09-14",
            "14.09.2026г         | 2026-09-14",
            "14.09.2026ж.        | 2026-09-14",
            "2.9.2026 ж.         | 2026-09-02",
            // as spreadsheets save a date cell to CSV: the date at midnight
            "14.09.2026 0:00     | 2026-09-14",
            "14.09.2026 00:00    | 2026-09-14",
            "14.09.2026 0:00:00  | 2026-09-14",
            "14.09.2026 00:00:00 | 2026-09-14",
            "2026-09-14 00:00:00 | 2026-09-14",
            "29.02.2028          | 2028-02-29"})
    void aDateIsReadInEveryFormTheContractAllows(String text, LocalDate date) {
        assertThat(FieldParser.date(text)).isEqualTo(date);
    }

    @ParameterizedTest(name = "«{0}» is no date")
    @ValueSource(strings = {
            // impossible days stay impossible, at midnight too
            "30.02.2026", "31.09.2026", "31.9.2026", "29.02.2026", "31.09.2026 0:00",
            // another time of day is a moment, not a date
            "2026-09-14 14:30", "14.09.2026 10:30",
            // a year of two digits, other words after it, foreign orders
            "14.09.26", "2.9.26 г.", "14.09.2026 года", "2026-9-14", "09/14/2026", "14/09/2026", "2026-13-01",
            "сегодня", ""})
    void anythingElseIsNoDate(String text) {
        assertThat(FieldParser.date(text)).isNull();
    }

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource(delimiter = '|', value = {
            "12                    | 12",
            "1250                  | 1250",
            "'1 250'               | 1250",
            "'1\u00A0250'          | 1250",
            "'1\u202F000'          | 1000",
            "12,00                 | 12.00",
            "'1 234 567,89'        | 1234567.89",
            "'1\u00A0234\u00A0567.5' | 1234567.5",
            "0.5                   | 0.5"})
    void aNumberTakesSpacesBetweenThousandsAndACommaOrDotBeforeDecimals(String text, BigDecimal value) {
        assertThat(FieldParser.number(text)).isEqualByComparingTo(value);
    }

    @ParameterizedTest(name = "«{0}» is no number")
    @ValueSource(strings = {"1,234.56", "1.250.000", "1,2,3", "12abc", "12 шт", "=1+1", "--1", "1e5", ""})
    void ambiguousOrNonNumericTextIsNoNumber(String text) {
        assertThat(FieldParser.number(text)).isNull();
    }

    @ParameterizedTest(name = "«{0}» is {1} tenge")
    @CsvSource(delimiter = '|', value = {
            "'1 250 000,50 тг.' | 1250000.50",
            "300тенге           | 300",
            "300 тенге          | 300",
            "'300\u00A0₸'       | 300",
            "300 ₸              | 300",
            "300 KZT            | 300",
            "300kzt             | 300",
            "'0,5'              | 0.5"})
    void anAmountMayBeFollowedByTheCurrency(String text, BigDecimal value) {
        assertThat(FieldParser.tenge(text)).isEqualByComparingTo(value);
    }

    @ParameterizedTest(name = "«{0}» is no amount in tenge")
    @ValueSource(strings = {"300 USD", "тг.", "300 долларов"})
    void anotherCurrencyOrTheCurrencyAloneIsNoAmount(String text) {
        assertThat(FieldParser.tenge(text)).isNull();
    }

    @ParameterizedTest(name = "«{0}» trimmed is «{1}»")
    @CsvSource(delimiter = '|', value = {
            "'  акт  '                     | акт",
            "'\u00A0PROTEST\u202F '        | PROTEST",
            "'\u200B1910\uFEFF\t'          | 1910",
            // a space inside the value is the value's
            "'Акимат\u00A0района'          | Акимат\u00A0района",
            "'\u00A0-'                     | -",
            "'\u00A0\u2007 '               | ''",
            "'\u00A0\u200B\uFEFF '         | ''"})
    void spacesOfEveryKindAroundACellAreNotItsValueAndACellOfThemOnlyIsEmpty(String text, String trimmed) {
        assertThat(FieldParser.trimmed(text)).isEqualTo(trimmed);
        assertThat(FieldParser.isBlank(text)).isEqualTo(trimmed.isEmpty());
    }

    @ParameterizedTest(name = "«{0}» reads as «{1}»")
    @CsvSource(delimiter = '|', value = {
            "\u0420ROT\u0415ST | PROTEST",
            "ВЕКМНОРСТУХ        | BEKMHOPCTYX",
            // other Cyrillic letters stay: a Russian name is no code
            "Протест            | Пpoтecт"})
    void cyrillicLettersThatLookLatinAreWrittenLatin(String typed, String read) {
        assertThat(FieldParser.latinLookalikes(typed)).isEqualTo(read);
    }

    @Test
    void aCodeWithNoLookalikeIsTheSameText() {
        assertThat(FieldParser.latinLookalikes("STATE_BODY")).isSameAs("STATE_BODY");
    }

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource({"0, 0", "007, 7", "999999999999999999, 999999999999999999",
            // anything else is left to number(): signs, separators, spaces, 19 digits and more
            "-1, -1", "'1 000', -1", "'1,5', -1", "1000000000000000000, -1", "'', -1", "12a, -1"})
    void aPlainIntegerIsOneToEighteenDigitsAndNothingElse(String text, long value) {
        assertThat(FieldParser.plainInteger(text)).isEqualTo(value);
    }
}
