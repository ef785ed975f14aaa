package kz.legalstat.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import kz.legalstat.account.Account;
import kz.legalstat.account.Role;
import kz.legalstat.i18n.Bilingual;
import kz.legalstat.quality.Completeness;
import kz.legalstat.quality.Findings;
import kz.legalstat.quality.RuleCatalogue;
import kz.legalstat.schedule.Runs;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operations API as a web slice with its security, with nothing behind it: who may restart a run, who sees the
 * server's paths, and which filters are refused before anything is read. The unit lane: no database.
 */
@WebMvcTest(OperationsApi.class)
@Import({WebSecurityConfiguration.class, ApiProblems.class, SignInRefusals.class, SignedIn.class,
        WebSliceFixture.class})
class OperationsApiSliceTest {

    private static final String INBOX = "/srv/legalstat/inbox";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Runs runs;

    @MockitoBean
    RunPages.RunRestarts restarts;

    @MockitoBean
    Completeness completeness;

    @MockitoBean
    Findings findings;

    @MockitoBean
    RuleCatalogue rules;

    @BeforeEach
    void runs() {
        when(runs.latest(anyInt())).thenReturn(List.of(new Runs.Run(7, "nightlyJob", BatchStatus.FAILED, null, 12L,
                YearMonth.of(2026, 10), INBOX, "inbox=" + INBOX + " period=2026-10", 3, 120, 2, 1, 0, 0,
                new Bilingual("Есеп " + INBOX + "/out жазылмады", "Отчёт не записан в " + INBOX + "/out"))));
    }

    @Test
    void theServersPathsInTheRunsAreShownToOperatorsOnly() throws Exception {
        mvc.perform(as("analyst", get("/api/v1/runs")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("FAILED"))
                .andExpect(jsonPath("$[0].parameters").value(not(containsString("/srv/"))))
                .andExpect(jsonPath("$[0].inbox").value(not(containsString("/srv/"))))
                .andExpect(jsonPath("$[0].period").value("2026-10"))
                .andExpect(jsonPath("$[0].failure").value(not(containsString("/srv/"))));

        mvc.perform(as("operator", get("/api/v1/runs")))
                .andExpect(jsonPath("$[0].parameters").value("inbox=" + INBOX + " period=2026-10"))
                .andExpect(jsonPath("$[0].inbox").value(INBOX))
                .andExpect(jsonPath("$[0].failure").value("Отчёт не записан в " + INBOX + "/out"));
    }

    @Test
    void onlyAnOperatorRestartsARun() throws Exception {
        mvc.perform(as("analyst", post("/api/v1/runs/7/restart")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").exists());
        verify(restarts, never()).restart(7, "analyst");

        mvc.perform(as("operator", post("/api/v1/runs/7/restart")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.restarting").value(7));
        verify(restarts).restart(7, "operator");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/quality/2026-13/findings|period",
            "/api/v1/quality/2026-10/findings?severity=FATAL|severity",
            "/api/v1/quality/2026-10/findings?rule=NO_SUCH_RULE|rule-unknown",
            "/api/v1/quality/2999-01/completeness|period-future"})
    void aWrongFilterIsRefusedByNameBeforeAnythingIsRead(String url, String code) throws Exception {
        mvc.perform(as("analyst", get(url)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(code));
        verify(findings, never()).of(any(), any(), anyInt());
        verify(completeness, never()).of(any(), any());
    }

    @Test
    void aRegionalAnalystReadsTheirRegionOnlyWhateverTheyAskFor() throws Exception {
        when(completeness.of(YearMonth.of(2026, 10), "19")).thenReturn(Map.of());

        mvc.perform(as("almaty", get("/api/v1/quality/2026-10/completeness"))).andExpect(status().isOk());
        verify(completeness).of(YearMonth.of(2026, 10), "19");

        mvc.perform(as("almaty", get("/api/v1/quality/2026-10/completeness?region=75")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("region-forbidden"));
        mvc.perform(as("almaty", get("/api/v1/quality/2026-10/findings?unit=7510")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("region-forbidden"));
        verify(findings, never()).of(any(), any(), anyInt());
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.header("Accept-Language", "ru").header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8)));
    }
}
