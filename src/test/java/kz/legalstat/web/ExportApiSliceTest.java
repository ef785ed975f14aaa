package kz.legalstat.web;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Base64;

import kz.legalstat.account.Role;
import kz.legalstat.i18n.Lang;
import kz.legalstat.report.ExportRequest;
import kz.legalstat.report.ReportExports;
import kz.legalstat.report.ReportName;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The export API as a web slice with its security, its request checks and its problems, with nothing behind it: the
 * export queue and the accounts are stand-ins, the reference data is in memory. The unit lane: no database.
 */
@WebMvcTest(ExportApi.class)
@Import({WebSecurityConfiguration.class, ApiProblems.class, SignInRefusals.class, SignedIn.class, ReportFiles.class,
        WebSliceFixture.class})
class ExportApiSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReportExports exports;

    @Test
    void aGoodOrderIsQueuedAndAnswered202WithItsLocation() throws Exception {
        when(exports.request(any(), any(), any(), isNull(), isNull(), anyString())).thenReturn(new ExportRequest(17,
                "analyst", ReportName.SUPERVISION_ACTS, YearMonth.of(2026, 10), "kk", null, null, kz.legalstat.report.ExportState.QUEUED, null, null,
                OffsetDateTime.now(), null, 0, -1));

        mvc.perform(order("analyst", "{\"report\": \"supervision-acts\", \"period\": \"2026-10\", \"language\": \"kk\"}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/v1/exports/17"))
                .andExpect(jsonPath("$.report").value("supervision-acts"))
                .andExpect(jsonPath("$.language").value("kk"));
        verify(exports).request(ReportName.SUPERVISION_ACTS, YearMonth.of(2026, 10), Lang.kk, null, null, "analyst");
    }

    @Test
    void withoutAnAccountTheCallIsRefused401AsAProblem() throws Exception {
        mvc.perform(post("/api/v1/exports").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }

    @Test
    void anUnknownFieldIsRefusedByNameAndNothingIsQueued() throws Exception {
        mvc.perform(order("analyst", "{\"report\": \"supervision-acts\", \"period\": \"2026-10\", \"lang\": \"kk\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-field"));
        verify(exports, never()).request(any(), any(), any(), any(), any(), any());
    }

    @Test
    void aRegionalAnalystAskingForAnotherRegionIsRefused403() throws Exception {
        mvc.perform(order("almaty", "{\"report\": \"supervision-acts\", \"period\": \"2026-10\", \"region\": \"75\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("region-forbidden"));
    }

    @Test
    void aBodyOverTheCapIsRefused413BeforeItIsRead() throws Exception {
        mvc.perform(order("analyst", "{\"report\": \"" + "x".repeat(70_000) + "\"}"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("too-large"));
    }

    private static MockHttpServletRequestBuilder order(String user, String json) {
        return post("/api/v1/exports").contentType(MediaType.APPLICATION_JSON).content(json)
                .header("Accept-Language", "ru")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8)));
    }
}
