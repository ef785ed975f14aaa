package kz.legalstat.ingest.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import kz.legalstat.i18n.Bilingual;
import kz.legalstat.i18n.Texts;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Unit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of a row of an acts register, one case per rule of docs/submissions.md ("Kind acts", "Values", "A bad
 * row"): a good row with one cell changed, and what the row becomes or the error it gets. Reference data in memory,
 * the bundles without Spring: no database.
 */
class RowValidatorTest {

    /** Almaty region (19) with two districts, and the city of Almaty (75) with one. */
    static final ReferenceData REFERENCE = ReferenceData.inMemory(List.of(
                    new Unit("19", null, 7, "Алматы облысы", "Алматинская область"),
                    new Unit("1910", "19", 1, "Іле ауданы", "Илийский район"),
                    new Unit("1920", "19", 2, "Қарасай ауданы", "Карасайский район"),
                    new Unit("75", null, 2, "Алматы қаласы", "город Алматы"),
                    new Unit("7510", "75", 1, "Алмалы ауданы", "Алмалинский район")),
            Map.of("ACT_TYPE", Map.of(
                            "PROTEST", new Bilingual("Наразылық", "Протест"),
                            "DEMAND", new Bilingual("Талап", "Требование (запрос, поручение)"),
                            "WARNING", new Bilingual("Ескерту", "Предостережение")),
                    "ADDRESSEE_KIND", Map.of("STATE_BODY", new Bilingual("Мемлекеттік орган", "Государственный орган")),
                    "SPHERE", Map.of("OTHER", new Bilingual("Басқа", "Иное")),
                    "OUTCOME", Map.of("SATISFIED", new Bilingual("Қанағаттандырылды", "Удовлетворено"))));

    /** A good row: every column of the acts register in its order, as the header names them. */
    static final String[] GOOD = {"1910/26-1", "1910", "PROTEST", "01.10.2026", "STATE_BODY", "Акимат", "OTHER",
            "02.10.2026", "", "12.10.2026", "SATISFIED", "15.10.2026", "1", "0", "1 250 000,50 тг.", ""};

    static final List<String> COLUMNS = RowSchema.ACTS.columns().stream().map(Column::name).toList();

    @Test
    void aGoodRowIsTakenWithItsValuesAsTheTableHoldsThem() {
        var result = validator(';').validate(row(GOOD));

        assertThat(result.issues()).isEmpty();
        assertThat(result.values()).containsExactly("1910/26-1", "1910", "PROTEST", "2026-10-01", "STATE_BODY",
                "Акимат", "OTHER", "2026-10-02", null, "2026-10-12", "SATISFIED", "2026-10-15", "1", "0",
                "1250000.50", null);
    }

    @ParameterizedTest(name = "{0} «{1}» is taken as «{2}»")
    @CsvSource(delimiter = '|', value = {
            "act_type        | protest               | PROTEST",
            "act_type        | \u0420ROTEST          | PROTEST",
            "act_type        | Протест               | PROTEST",
            "act_type        | Наразылық             | PROTEST",
            "act_type        | Требование            | DEMAND",
            "act_type        | '  ТРЕБОВАНИЕ (запрос,  поручение) ' | DEMAND",
            "issued_on       | 2026-10-01            | 2026-10-01",
            "issued_on       | 1.10.2026 г.          | 2026-10-01",
            "unit_code       | 1910                  | 1910",
            "term_days       | 3650                  | 3650",
            "term_days       | 12,00                 | 12",
            "persons_disciplined | '1 250'           | 1250",
            "amount_restored_kzt | 300 ₸             | 300",
            "addressee       | '\u00A0Акимат\u200B'  | Акимат"})
    void aValueWrittenAnyWayTheContractAllowsIsTaken(String column, String written, String taken) {
        var result = validator(';').validate(row(with(column, written)));

        assertThat(result.issues()).isEmpty();
        assertThat(result.values().get(COLUMNS.indexOf(column))).isEqualTo(taken);
    }

    @ParameterizedTest(name = "{0} «{1}»: {2}")
    @CsvSource(delimiter = '|', value = {
            "act_id          | ''                    | ingest.row.required",
            "act_type        | ''                    | ingest.row.required",
            "act_type        | PROTESTS              | ingest.row.unknown-code",
            "issued_on       | 31.09.2026            | ingest.row.bad-date",
            "issued_on       | 14.09.2026 10:30      | ingest.row.bad-date",
            "issued_on       | 31.12.1999            | ingest.row.date-out-of-range",
            "issued_on       | 01.01.2101            | ingest.row.date-out-of-range",
            "term_days       | 0                     | ingest.row.integer-out-of-range",
            "term_days       | 3651                  | ingest.row.integer-out-of-range",
            "term_days       | 1,5                   | ingest.row.bad-integer",
            "term_days       | -3                    | ingest.row.integer-out-of-range",
            "persons_disciplined | два               | ingest.row.bad-integer",
            "amount_restored_kzt | -5                | ingest.row.negative",
            "amount_restored_kzt | 300 USD           | ingest.row.bad-number",
            "amount_restored_kzt | 1,555             | ingest.row.number-out-of-range",
            "unit_code       | 9999                  | ingest.row.unknown-unit",
            "unit_code       | 7510                  | ingest.row.outside-subtree",
            "unit_code       | 1920                  | ingest.row.outside-subtree",
            "record_ref      | 123456789012345678901234567890123 | ingest.row.too-long"})
    void aValueTheContractRefusesIsAnErrorNamingItsColumn(String column, String written, String code) {
        var result = validator(';').validate(row(with(column, written)));

        assertThat(result.values()).isNull();
        assertThat(result.issues()).extracting(Issue::code).containsExactly(code);
        assertThat(result.issues().get(0).column()).isEqualTo(column);
        assertThat(result.issues().get(0).message().ru()).isNotBlank().doesNotContain("{0}");
    }

    @Test
    void aFormulaOrAnExcelErrorIsRefusedWhateverItShows() {
        var formula = new RawRow(5, List.of(GOOD), Set.of(COLUMNS.indexOf("term_days")), Set.of());
        var error = new RawRow(5, List.of(with("persons_disciplined", "#DIV/0!")), Set.of(),
                Set.of(COLUMNS.indexOf("persons_disciplined")));

        assertThat(validator(null).validate(formula).issues()).extracting(Issue::code)
                .containsExactly("ingest.row.formula");
        assertThat(validator(null).validate(error).issues()).extracting(Issue::code)
                .containsExactly("ingest.row.excel-error");
    }

    @Test
    void aTextRowEndingBeforeTheLastRequiredColumnIsBrokenNotAListOfEmptyValues() {
        var result = validator(';').validate(row(Arrays.copyOf(GOOD, 4)));

        assertThat(result.issues()).extracting(Issue::code).containsExactly("ingest.row.too-narrow");
    }

    @Test
    void aRowWiderThanTheHeaderIsRefused() {
        List<String> wider = new ArrayList<>(List.of(GOOD));
        wider.add("лишнее");

        assertThat(validator(';').validate(new RawRow(5, wider, Set.of(), Set.of())).issues())
                .extracting(Issue::code).containsExactly("ingest.row.too-wide");
    }

    private static RowValidator validator(Character separator) {
        int[] cells = IntStream.range(0, COLUMNS.size()).toArray();
        return new RowValidator(RowSchema.ACTS, cells, COLUMNS.size(), separator,
                REFERENCE.unit("1910").orElseThrow(), YearMonth.of(2026, 10), REFERENCE, TEXTS);
    }

    static final Texts TEXTS = Texts.fromBundles();

    private static RawRow row(String... cells) {
        return new RawRow(5, List.of(cells), Set.of(), Set.of());
    }

    private static String[] with(String column, String value) {
        String[] cells = GOOD.clone();
        cells[COLUMNS.indexOf(column)] = value;
        return cells;
    }
}
