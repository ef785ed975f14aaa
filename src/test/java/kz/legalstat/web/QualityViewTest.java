package kz.legalstat.web;

import java.time.YearMonth;

import kz.legalstat.quality.Findings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality page's links from page 3 of October's errors of region 19 sorted by file: each keeps every filter but the
 * one it changes, and only a link to another page keeps a page (a filter or order changed starts at page 1, which
 * always exists; page 3 of fewer findings would not).
 */
class QualityViewTest {

    private static final kz.legalstat.reference.ReferenceData REFERENCE = kz.legalstat.reference.ReferenceData.inMemory(
            java.util.List.of(new kz.legalstat.reference.Unit("19", null, 7, "Алматы облысы", "Алматинская область"),
                    new kz.legalstat.reference.Unit("1910", "19", 1, "Іле ауданы", "Илийский район")),
            java.util.Map.of("ACT_TYPE", java.util.Map.of("PROTEST",
                    new kz.legalstat.i18n.Bilingual("Наразылық", "Протест"))));
    private static final kz.legalstat.quality.FindingWords WORDS = new kz.legalstat.quality.FindingWords(
            kz.legalstat.i18n.Texts.fromBundles(), REFERENCE, kz.legalstat.i18n.Lang.ru);

    private static final QualityView PAGE_3 = new QualityView(YearMonth.of(2026, 10), "19", null, null, "ERROR",
            Findings.Order.FILE, 3, 7, 340, 50);

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(nullValues = "none", value = {
            "rule, FILE_NAME_INVALID, /quality?period=2026-10&region=19&rule=FILE_NAME_INVALID&severity=ERROR&sort=file",
            "region, 75, /quality?period=2026-10&region=75&severity=ERROR&sort=file",
            "region, none, /quality?period=2026-10&severity=ERROR&sort=file",
            "sort, unit, /quality?period=2026-10&region=19&severity=ERROR&sort=unit",
            "sort, none, /quality?period=2026-10&region=19&severity=ERROR",
            "unit, 1910, /quality?period=2026-10&region=19&unit=1910&severity=ERROR&sort=file",
            "page, 4, /quality?period=2026-10&region=19&severity=ERROR&sort=file&page=4",
            "page, 2, /quality?period=2026-10&region=19&severity=ERROR&sort=file&page=2"})
    void aLinkChangesOneThingAndKeepsTheRest(String key, String value, String link) {
        assertThat(PAGE_3.link(key, value)).isEqualTo(link);
    }

    @ParameterizedTest(name = "unit {0}, value {1} → «{2}», «{3}»")
    @CsvSource(nullValues = "none", value = {
            // a file whose name names no unit: a dash, never the word null
            "none, none, —, none",
            "1910, none, 1910 Илийский район, none",
            // a unit not in the list any more: its code
            "9999, 12, 9999, 12",
            // a report not sent, named by its kind in words; a day as the office writes it
            "1910, acts, 1910 Илийский район, Реестр актов",
            "1910, 2026-10-15, 1910 Илийский район, 15.10.2026"})
    void aFindingIsShownInWords(String unit, String value, String shownUnit, String shownValue) {
        var finding = new Findings.Finding("SUBMISSION_MISSING", "ERROR", "19", unit, "acts_1910_2026-10.csv", null,
                null, value, "жоқ", "нет", null);
        var messages = new org.springframework.context.support.StaticMessageSource();
        messages.addMessage("web.kind.acts", java.util.Locale.forLanguageTag("ru"), "Реестр актов");
        var row = PAGE_3.row(finding, java.util.List.of(), REFERENCE, messages, java.util.Locale.forLanguageTag("ru"),
                WORDS);

        assertThat(row.unit()).isEqualTo(shownUnit);
        assertThat(row.value()).isEqualTo(shownValue);
    }

    @org.junit.jupiter.api.Test
    void aFindingsMessageNamesColumnsIndicatorsAndCodesInWords() {
        var finding = new Findings.Finding("FORM_DETAIL_MISMATCH", "ERROR", "19", "1910", "form_1910_2026-10.csv", 3,
                "act_type", "ACTS.PROTEST.ISSUED", "—",
                "Показатель ACTS.PROTEST.ISSUED не сходится: act_type PROTEST, 2026-10-15", null);

        var row = PAGE_3.row(finding, java.util.List.of(), REFERENCE,
                new org.springframework.context.support.StaticMessageSource(), java.util.Locale.forLanguageTag("ru"),
                WORDS);

        assertThat(row.column()).isEqualTo("Вид акта");
        assertThat(row.value()).startsWith("«Протест: ").doesNotContain("ACTS.");
        assertThat(row.message()).contains("«Протест: ", "Вид акта Протест", "15.10.2026")
                .doesNotContain("act_type", "ACTS.PROTEST.ISSUED", "PROTEST");
    }
}
