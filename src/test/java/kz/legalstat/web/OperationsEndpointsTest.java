package kz.legalstat.web;

import java.net.http.HttpResponse;
import java.time.YearMonth;

import kz.legalstat.schedule.Pipeline;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What monitoring reads: health for everyone (details for operators), Prometheus metrics of jobs for operators. */
class OperationsEndpointsTest extends WebTest {

    @Autowired
    Pipeline pipeline;

    @Test
    void healthNamesTheDatabaseSchedulerAndDisksAndPrometheusHasTheJobTimers() throws Exception {
        // given: a verification has run
        pipeline.verify(YearMonth.of(2026, 10));

        // when
        HttpResponse<String> anonymous = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url("/actuator/health"))).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> forOperator = get("operator", "/actuator/health");
        HttpResponse<String> metrics = get("operator", "/actuator/prometheus");

        // then: anybody learns whether the server is up, an operator learns why
        assertThat(anonymous.statusCode()).as(forOperator.body()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components");
        assertThat(forOperator.body()).contains("\"db\"", "\"scheduler\"", "\"clustered\":true", "\"folders\"",
                "\"inbox\"", "\"reports\"", "\"exports\"", "\"free\"");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("spring_batch_job_seconds_count{", "job_name=\"verifySubmissionsJob\"")
                .contains("spring_batch_step_seconds_count{");
        assertThat(get("analyst", "/actuator/prometheus").statusCode()).isEqualTo(403);
    }
}
