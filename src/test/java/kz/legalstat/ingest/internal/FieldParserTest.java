package kz.legalstat.ingest.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldParserTest {

    @Test
    void datesInBothAllowedForms() {
        assertThat(FieldParser.date("2026-09-14")).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(FieldParser.date("14.09.2026")).isEqualTo(LocalDate.of(2026, 9, 14));
    }

    @Test
    void aDateAtMidnightAsSpreadsheetsSaveDateCellsIsThatDate() {
        assertThat(FieldParser.date("14.09.2026 0:00")).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(FieldParser.date("14.09.2026 00:00:00")).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(FieldParser.date("2026-09-14 00:00:00")).isEqualTo(LocalDate.of(2026, 9, 14));
        // another time of day is a moment, not a date; an impossible date stays impossible
        assertThat(FieldParser.date("2026-09-14 14:30")).isNull();
        assertThat(FieldParser.date("31.09.2026 0:00")).isNull();
    }

    @Test
    void aDateAsStaffTypeItIntoATextCellIsThatDate() {
        assertThat(FieldParser.date("2.9.2026")).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(FieldParser.date("14.9.2026")).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(FieldParser.date("14.09.2026 г.")).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(FieldParser.date("14.09.2026г")).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(FieldParser.date("2.9.2026 ж.")).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(FieldParser.date("1.10.2026г")).isEqualTo(LocalDate.of(2026, 10, 1));
        // still strict: an impossible day, a year of two digits, other words after it
        assertThat(FieldParser.date("31.9.2026")).isNull();
        assertThat(FieldParser.date("2.9.26 г.")).isNull();
        assertThat(FieldParser.date("14.09.2026 года")).isNull();
    }

    @Test
    void spacesOfAnyKindAroundACellAreNotItsValue() {
        assertThat(FieldParser.trimmed("\u00A0PROTEST\u202F ")).isEqualTo("PROTEST");
        assertThat(FieldParser.trimmed("\u200B1910\uFEFF\t")).isEqualTo("1910");
        assertThat(FieldParser.trimmed("Акимат\u00A0района")).isEqualTo("Акимат\u00A0района");
        assertThat(FieldParser.isBlank("\u00A0\u2007 ")).isTrue();
        assertThat(FieldParser.isBlank("\u00A0-")).isFalse();
    }

    @Test
    void anAmountMayBeFollowedByTheCurrency() {
        assertThat(FieldParser.tenge("1 250 000,50 тг.")).isEqualByComparingTo(new BigDecimal("1250000.50"));
        assertThat(FieldParser.tenge("300тенге")).isEqualByComparingTo(new BigDecimal("300"));
        assertThat(FieldParser.tenge("300\u00A0₸")).isEqualByComparingTo(new BigDecimal("300"));
        assertThat(FieldParser.tenge("300 KZT")).isEqualByComparingTo(new BigDecimal("300"));
        assertThat(FieldParser.tenge("0,5")).isEqualByComparingTo(new BigDecimal("0.5"));
        // another currency, or the currency alone, is no amount in tenge
        assertThat(FieldParser.tenge("300 USD")).isNull();
        assertThat(FieldParser.tenge("тг.")).isNull();
    }

    @Test
    void cyrillicLettersThatLookLatinAreWrittenLatin() {
        assertThat(FieldParser.latinLookalikes("\u0420ROT\u0415ST")).isEqualTo("PROTEST");
        assertThat(FieldParser.latinLookalikes("STATE_BODY")).isSameAs("STATE_BODY");
        // other Cyrillic letters stay: a Russian name is no code
        assertThat(FieldParser.latinLookalikes("Протест")).isEqualTo("Пpoтecт");
    }

    @Test
    void impossibleOrForeignDatesAreNoDates() {
        assertThat(FieldParser.date("30.02.2026")).isNull();
        assertThat(FieldParser.date("31.09.2026")).isNull();
        assertThat(FieldParser.date("2026-9-14")).isNull();
        assertThat(FieldParser.date("09/14/2026")).isNull();
        assertThat(FieldParser.date("14.09.26")).isNull();
    }

    @Test
    void numbersWithEitherDecimalSeparatorAndSpacedThousands() {
        assertThat(FieldParser.number("1 234 567,89")).isEqualByComparingTo(new BigDecimal("1234567.89"));
        assertThat(FieldParser.number("1\u00A0234\u00A0567.5")).isEqualByComparingTo(new BigDecimal("1234567.5"));
        assertThat(FieldParser.number("1\u202F000")).isEqualByComparingTo(new BigDecimal("1000"));
        assertThat(FieldParser.number("12")).isEqualByComparingTo(new BigDecimal("12"));
    }

    @Test
    void ambiguousOrNonNumericTextIsNoNumber() {
        assertThat(FieldParser.number("1,234.56")).isNull();
        assertThat(FieldParser.number("12abc")).isNull();
        assertThat(FieldParser.number("=1+1")).isNull();
        assertThat(FieldParser.number("")).isNull();
    }

    @Test
    void plainIntegersAreReadWithoutTheGeneralNumberPath() {
        assertThat(FieldParser.plainInteger("0")).isZero();
        assertThat(FieldParser.plainInteger("007")).isEqualTo(7);
        assertThat(FieldParser.plainInteger("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
        // anything else is left to number(): signs, separators, spaces, 19 digits and more
        assertThat(FieldParser.plainInteger("-1")).isEqualTo(-1);
        assertThat(FieldParser.plainInteger("1 000")).isEqualTo(-1);
        assertThat(FieldParser.plainInteger("1,5")).isEqualTo(-1);
        assertThat(FieldParser.plainInteger("1000000000000000000")).isEqualTo(-1);
        assertThat(FieldParser.plainInteger("")).isEqualTo(-1);
    }
}
