package kz.legalstat.quality;

import java.util.List;
import java.util.Map;

import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;
import kz.legalstat.reference.ReferenceData;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The words the data-quality report and page put for a finding's codes, in each language. */
class FindingWordsTest {

    private static final ReferenceData REFERENCE = ReferenceData.inMemory(List.of(), Map.of());

    @ParameterizedTest(name = "{0}: «{1}» → «{2}»")
    @CsvSource(delimiter = '|', value = {
            // a report not sent: its kind, as the data-quality report names the kinds
            "ru|acts|Реестр актов",
            "kk|acts|Актілер тізілімі",
            "ru|form|Форма отчёта",
            "kk|records|Арнайы есепке алу үзіндісі",
            // a file's name holds the kind, but is a name: left as it is
            "ru|acts_1910_2026-11.csv|acts_1910_2026-11.csv"})
    void aKindIsNamedAndAFileNameLeftAlone(Lang lang, String code, String words) {
        assertThat(new FindingWords(Texts.fromBundles(), REFERENCE, lang).of(code)).isEqualTo(words);
    }
}
