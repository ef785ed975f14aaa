package kz.legalstat.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import kz.legalstat.quality.QualityChecks;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst picks an overdue act from the findings and sees from its page alone why it is overdue: its status on a
 * day and how its deadline was reached; another region's act is refused, an unknown one told so.
 */
class ActPageTest extends WebTest {

    @Autowired
    QualityChecks checks;

    @Test
    void anOverdueActsPageSaysWhyItIsOverdue() throws Exception {
        // given: the protest 1910/26-1 received on Thursday 1 October 2026, unanswered
        checks.run(YearMonth.of(2026, 10), 0);

        // when: the analyst follows the finding's link to the act
        String quality = get("analyst", "/quality?period=2026-10&unit=1910").body();
        String act = get("analyst", "/act?unit=1910&id=" + URLEncoder.encode("1910/26-1", StandardCharsets.UTF_8)
                + "&asOf=2026-10-31").body();

        // then: 1 October + 10 days = Sunday 11 October, so the deadline is Monday 12 October; on 31 October the act
        // is 19 days past it
        assertThat(quality).contains("href=\"/act?unit=1910&amp;id=1910/26-1\"");
        assertThat(act).contains("На 31.10.2026:", "не рассмотрен, срок истёк", "просрочка 19 дн.",
                "10 календ. дн. с 01.10.2026 (дата получения) → 11.10.2026; 11.10.2026 — воскресенье → 12.10.2026",
                "Закон № 374-IV, ст. 19(3)");
        // and in the state language, the legal basis too
        String kazakh = get("analyst", "/act?lang=kk&unit=1910&id=" + URLEncoder.encode("1910/26-1",
                StandardCharsets.UTF_8) + "&asOf=2026-10-31").body();
        assertThat(kazakh).contains("Заң № 374-IV, 19-бап 3-тармақ", "11.10.2026 — жексенбі → 12.10.2026");
    }

    @Test
    void anotherRegionsActIsRefusedAndAnUnknownOneToldSo() throws Exception {
        HttpResponse<String> other = get("almaty", "/act?unit=7510&id=7510/26-1");
        HttpResponse<String> unknown = get("analyst", "/act?unit=1910&id=1910/26-99");

        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("1910/26-99");
        assertThat(get("almaty", "/act?unit=1910&id=1910/26-2").body()).contains("на рассмотрении в срок",
                "Срока нет: Закон № 374-IV, ст. 25-1");
    }
}
