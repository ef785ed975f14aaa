package kz.legalstat.web;

import java.time.Duration;

import kz.legalstat.report.ReportExports;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An export whose server died while writing it is written by another server, once; one still in hand is left. */
class AbandonedExportsTest extends WebTest {

    @Autowired
    ReportExports exports;

    @Test
    void aRequestLeftByAStoppedServerIsWrittenOnceAndALiveOneIsLeftAlone() throws Exception {
        // given: a request another server took ten minutes ago and stopped renewing, and one renewed just now
        long abandoned = request("RUNNING", "now() - interval '10 minutes'");
        long inHand = request("RUNNING", "now()");

        // when: this server and a second one look for abandoned requests at the same moment
        int first = exports.resumeAbandoned(Duration.ofMinutes(2));
        int second = exports.resumeAbandoned(Duration.ofMinutes(2));

        // then: the abandoned one is taken up once and finished, its file downloadable; the live one is not touched
        assertThat(first + second).isEqualTo(1);
        await().atMost(Duration.ofSeconds(60)).until(() -> status(abandoned), "READY"::equals);
        assertThat(get("analyst", "/api/v1/exports/" + abandoned + "/file").statusCode()).isEqualTo(200);
        assertThat(status(inHand)).isEqualTo("RUNNING");
    }

    private long request(String status, String heartbeat) {
        return jdbc.sql("INSERT INTO export_request (requested_by, report_name, period, lang, status, heartbeat_at) "
                        + "VALUES ('analyst', 'supervision-acts', DATE '2026-10-01', 'ru', ?, " + heartbeat + ") RETURNING id")
                .param(status).query(Long.class).single();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM export_request WHERE id = ?").param(id).query(String.class).single();
    }
}
