package kz.legalstat.web;

import kz.legalstat.account.Account;
import kz.legalstat.account.Role;
import kz.legalstat.quality.Findings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the pages and the API repeat of what they hold or were sent, without a server or a database. */
class ShownTextsTest {

    static final Account ANALYST = new Account("a", Role.ANALYST, null, true);
    static final Account OPERATOR = new Account("o", Role.OPERATOR, null, true);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "inbox=/var/lib/legalstat/inbox/2026-11 period=2026-11 | inbox=2026-11 period=2026-11",
            "Файл «/tmp/x/acts_1901.csv»: строка 3               | Файл «acts_1901.csv»: строка 3",
            "C:\\data\\in\\acts.xlsx                              | acts.xlsx",
            "(/a/b.csv)                                          | (b.csv)",
            // act numbers and shares are not paths
            "акт 1910/26-1/2, 3/5 актов                          | акт 1910/26-1/2, 3/5 актов",
            "/inbox                                              | /inbox"})
    void aServerPathIsShownByItsNameToAllButOperators(String held, String shown) {
        assertThat(ServerPaths.shown(held, ANALYST)).isEqualTo(shown);
        assertThat(ServerPaths.shown(held, OPERATOR)).isEqualTo(held);
    }

    @Test
    void aFindingsFileAndMessagesLoseTheirFolders() {
        var finding = new Findings.Finding("R", "ERROR", "19", "1910", "/srv/in/acts.csv", 3, "issued_on", "x",
                "/srv/in/acts.csv: қате", "/srv/in/acts.csv: ошибка", null);

        var shown = ServerPaths.shown(finding, ANALYST);

        assertThat(shown.fileName()).isEqualTo("acts.csv");
        assertThat(shown.messageKk()).isEqualTo("acts.csv: қате");
        assertThat(shown.messageRu()).isEqualTo("acts.csv: ошибка");
    }

    @Test
    void aValueIsEchoedAtMostAHundredCharactersLong() {
        assertThat(WebRequestException.echo("x".repeat(100))).isEqualTo("x".repeat(100));
        assertThat(WebRequestException.echo("x".repeat(101))).isEqualTo("x".repeat(100) + "…");
        assertThat(WebRequestException.badRequest("web.error.report", "y".repeat(5000), 7).args())
                .containsExactly("y".repeat(100) + "…", 7);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "срок 2026-10-15, просрочка 46 дн.  | срок 15.10.2026, просрочка 46 дн.",
            "2026-11-02                         | 02.11.2026",
            "период 2026-11, акт 1910/26-1      | период 2026-11, акт 1910/26-1"})
    void daysAreWrittenAsTheOfficeWritesThem(String iso, String office) {
        assertThat(QualityView.days(iso)).isEqualTo(office);
    }

    @Test
    void findingFiltersOutsideTheirValuesAreRefusedSayingWhatIsAllowed() {
        assertThat(FindingFilters.severity(" warning ")).isEqualTo("WARNING");
        assertThat(FindingFilters.severity("")).isNull();
        assertThat(FindingFilters.order("unit")).isEqualTo(Findings.Order.UNIT);
        assertThat(FindingFilters.page(null)).isEqualTo(1);
        assertThatThrownBy(() -> FindingFilters.severity("FATAL")).isInstanceOf(WebRequestException.class)
                .hasMessage("web.error.severity");
        assertThatThrownBy(() -> FindingFilters.order("colour")).hasMessage("web.error.sort");
        assertThatThrownBy(() -> FindingFilters.page("0")).hasMessage("web.error.page");
        assertThatThrownBy(() -> FindingFilters.page("two")).hasMessage("web.error.page");
    }
}
