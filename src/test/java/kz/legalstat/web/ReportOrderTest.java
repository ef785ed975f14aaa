package kz.legalstat.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.legalstat.account.Account;
import kz.legalstat.account.Role;
import kz.legalstat.i18n.Lang;
import kz.legalstat.reference.OfficeTime;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Unit;
import kz.legalstat.report.ReportName;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A report as a page or the API asks for it, checked before anything is queued: the rules of docs/web-and-api.md,
 * one case a line, over reference data in memory. No server, no database.
 */
class ReportOrderTest {

    static final ReferenceData REFERENCE = ReferenceData.inMemory(List.of(
            new Unit("19", null, 7, "Алматы облысы", "Алматинская область"),
            new Unit("1910", "19", 1, "Іле ауданы", "Илийский район"),
            new Unit("75", null, 2, "Алматы қаласы", "город Алматы")), Map.of());

    static final Account ANALYST = new Account("analyst", Role.ANALYST, null, true);
    static final Account ALMATY = new Account("almaty", Role.REGIONAL_ANALYST, "19", true);

    @Test
    void aCompleteOrderIsTakenAsAsked() {
        ReportOrder order = ReportOrder.parse(" overdue-acts ", "2026-10", "kk", "19", "2026-11-10", ANALYST, REFERENCE);

        assertThat(order).isEqualTo(new ReportOrder(ReportName.OVERDUE_ACTS, java.time.YearMonth.of(2026, 10),
                Lang.kk, "19", LocalDate.of(2026, 11, 10)));
    }

    @Test
    void whatIsLeftOutHasItsDefaultAndARegionalAnalystGetsTheirRegion() {
        ReportOrder republic = ReportOrder.parse("supervision-acts", "2026-10", null, null, null, ANALYST, REFERENCE);
        ReportOrder own = ReportOrder.parse("supervision-acts", "2026-10", "", "", "", ALMATY, REFERENCE);

        assertThat(republic.lang()).isEqualTo(Lang.ru);
        assertThat(republic.regionCode()).isNull();
        assertThat(republic.asOf()).isNull();
        assertThat(own.regionCode()).isEqualTo("19");
    }

    @ParameterizedTest(name = "{0} / {1} / {2} / {3} / {4}: {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "x                | 2026-10 | ru | -    | -          | web.error.report",
            "supervision-acts | 2026-13 | ru | -    | -          | web.error.period",
            "supervision-acts | 1999-12 | ru | -    | -          | web.error.period-early",
            "supervision-acts | 2999-01 | ru | -    | -          | web.error.period-future",
            "supervision-acts | 2026-10 | en | -    | -          | web.error.lang",
            "supervision-acts | 2026-10 | ru | 1910 | -          | web.error.region",
            "supervision-acts | 2026-10 | ru | 99   | -          | web.error.region",
            "supervision-acts | 2026-10 | ru | -    | 10.11.2026 | web.error.as-of",
            "supervision-acts | 2026-10 | ru | -    | 2026-09-30 | web.error.as-of-early",
            "supervision-acts | 2026-10 | ru | -    | 2999-01-01 | web.error.as-of-future"})
    void anOrderOutsideTheRulesIsRefusedSayingWhich(String report, String period, String lang, String region,
                                                    String asOf, String key) {
        assertThatThrownBy(() -> ReportOrder.parse(report, period, lang, region, asOf, ANALYST, REFERENCE))
                .isInstanceOf(WebRequestException.class).hasMessage(key);
    }

    @Test
    void anotherRegionIsForbiddenToARegionalAnalyst() {
        assertThatThrownBy(() -> ReportOrder.parse("supervision-acts", "2026-10", "ru", "75", null, ALMATY, REFERENCE))
                .isInstanceOf(WebRequestException.class).hasMessage("web.error.region-forbidden")
                .extracting(e -> ((WebRequestException) e).status().value()).isEqualTo(403);
    }

    @Test
    void todayIsTheLastDayAStatusCanBeTakenOn() {
        assertThat(ReportOrder.notFuture(OfficeTime.today())).isEqualTo(OfficeTime.today());
        assertThatThrownBy(() -> ReportOrder.notFuture(OfficeTime.today().plusDays(1)))
                .hasMessage("web.error.as-of-future");
    }
}
