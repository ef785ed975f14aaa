package kz.legalstat.ingest;

import java.util.List;

import kz.legalstat.MonthData;
import kz.legalstat.PostgresTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * act_versions_settle and record_versions_settle (R__versions_settle.sql) and the views act and special_record over a
 * small history made by hand: which version of each act and record is the current one, worked out from the spec (the
 * newest file replaces the earlier one of its kind, unit and month; the latest row for an act wins).
 */
class CurrentVersionsTest extends PostgresTest {

    private MonthData data;

    @BeforeEach
    void data() {
        data = new MonthData(jdbc);
    }

    @Test
    void aCorrectionReplacesItsMonthAndAnActItDropsFallsBackToItsEarlierVersion() {
        // September: acts 1 and 2; October: act 1 again, considered
        long september = data.submission("acts", "1910", "2026-09-01");
        data.act(september, 2, "A-1", "PROTEST", "2026-09-01", null, null, null, null, null);
        data.act(september, 3, "A-2", "PROTEST", "2026-09-02", null, null, null, null, null);
        long october = data.submission("acts", "1910", "2026-10-01");
        data.act(october, 2, "A-1", "PROTEST", "2026-09-01", null, null, "2026-10-05", "SATISFIED", null);
        settleActs(september, october);
        assertThat(acts()).containsExactly("A-1:" + october + ":SATISFIED", "A-2:" + september + ":-");
        assertThat(superseded("act_row")).containsExactly(september + ":2");

        // October corrected: act 1 dropped, act 2 rejected
        long corrected = correction(october);
        data.act(corrected, 2, "A-2", "PROTEST", "2026-09-02", null, null, "2026-10-09", "REJECTED", null);
        settleActs(corrected, october);

        assertThat(acts()).containsExactly("A-1:" + september + ":-", "A-2:" + corrected + ":REJECTED");
    }

    @Test
    void aLateCorrectionOfAnEarlierMonthDoesNotReplaceALaterMonthsVersion() {
        long september = data.submission("acts", "1910", "2026-09-01");
        data.act(september, 2, "A-1", "PROTEST", "2026-09-01", null, null, null, null, null);
        long october = data.submission("acts", "1910", "2026-10-01");
        data.act(october, 2, "A-1", "PROTEST", "2026-09-01", null, null, "2026-10-05", "SATISFIED", null);
        settleActs(september, october);

        // September corrected in November: act 1 withdrawn there, and a new act 3
        long late = correction(september);
        data.act(late, 2, "A-1", "PROTEST", "2026-09-01", null, null, "2026-09-20", "WITHDRAWN", null);
        data.act(late, 3, "A-3", "PROTEST", "2026-09-03", null, null, null, null, null);
        settleActs(late, september);

        // October is the later month: its version of act 1 stays, whatever was sent after it
        assertThat(acts()).containsExactly("A-1:" + october + ":SATISFIED", "A-3:" + late + ":-");
    }

    @Test
    void anActSentByARegionAndByItsDistrictTakesTheLaterSubmissionsVersionAndAFileItsLastRow() {
        long district = data.submission("acts", "1910", "2026-10-01");
        data.act(district, 2, "A-1", "PROTEST", "2026-10-01", null, null, "2026-10-05", "SATISFIED", null);
        long region = data.submission("acts", "19", "2026-10-01");
        data.act(region, 2, "A-1", "PROTEST", "2026-10-01", null, null, "2026-10-06", "REJECTED", null);
        data.act(region, 3, "A-2", "PROTEST", "2026-10-02", null, null, null, null, null);
        // the same act twice in one file: its last row
        data.act(region, 4, "A-2", "PROTEST", "2026-10-02", null, null, "2026-10-07", "SATISFIED", null);
        // the region's rows are its district's acts
        jdbc.sql("UPDATE act_row SET unit_code = '1910' WHERE submission_id = ?").param(region).update();
        settleActs(district, region);

        assertThat(acts()).containsExactly("A-1:" + region + ":REJECTED", "A-2:" + region + ":SATISFIED");
        assertThat(superseded("act_row")).containsExactly(district + ":2", region + ":3");
    }

    @Test
    void aRecordWhoseNumberRecursIsOneRecordWhicheverUnitSendsIt() {
        long september = data.submission("records", "1910", "2026-09-01");
        data.record(september, 2, "R-1", "1910", "INVESTIGATION", null);
        long october = data.submission("records", "1920", "2026-10-01");
        data.record(october, 2, "R-1", "1920", "SENT_TO_COURT", "2026-10-09");
        data.record(october, 3, "R-2", "1920", "INVESTIGATION", null);
        long settled = jdbc.sql("SELECT record_versions_settle(ARRAY[?, ?])").params(september, october)
                .query(Long.class).single();

        assertThat(settled).isEqualTo(1);
        assertThat(jdbc.sql("SELECT record_id || ':' || unit_code || ':' || status FROM special_record "
                + "ORDER BY record_id").query(String.class).list())
                .containsExactly("R-1:1920:SENT_TO_COURT", "R-2:1920:INVESTIGATION");

        // settling again changes nothing
        assertThat(jdbc.sql("SELECT record_versions_settle(ARRAY[?, ?])").params(september, october)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theViewsGiveEachVersionItsRegionAndFileAndOnlyCurrentSubmissionsCount() {
        long october = data.submission("acts", "1910", "2026-10-01");
        data.act(october, 2, "A-1", "PROTEST", "2026-10-01", null, null, null, null, null);
        jdbc.sql("UPDATE submission SET is_current = false WHERE id = ?").param(october).update();
        long other = data.submission("acts", "7510", "2026-10-01");
        data.act(other, 2, "A-9", "PROTEST", "2026-10-01", null, null, null, null, null);
        settleActs(october, other);

        assertThat(jdbc.sql("SELECT act_id || ':' || region_code || ':' || file_name || ':' || period FROM act")
                .query(String.class).list()).containsExactly("A-9:75:acts_7510_2026-10.csv:2026-10-01");
    }

    private void settleActs(long... submissions) {
        jdbc.sql("SELECT act_versions_settle(CAST(? AS bigint[]))")
                .param(java.util.Arrays.stream(submissions).boxed().toArray(Long[]::new)).query(Long.class).single();
    }

    /** A newer version of a submission: it becomes the current one, the earlier one stays in the history. */
    private long correction(long earlier) {
        jdbc.sql("UPDATE submission SET is_current = false WHERE id = ?").param(earlier).update();
        return jdbc.sql("""
                INSERT INTO submission (file_path, file_name, size_bytes, sha256, file_modified_at, kind, unit_code,
                                        period, version, status, is_current)
                SELECT file_path, file_name, 2, repeat('b', 64), file_modified_at + INTERVAL '1 day', kind, unit_code,
                       period, version + 1, 'LOADED', true
                FROM submission WHERE id = ? RETURNING id""").param(earlier).query(Long.class).single();
    }

    /** act id : submission : outcome ('-' while pending), by act id. */
    private List<String> acts() {
        return jdbc.sql("SELECT act_id || ':' || submission_id || ':' || coalesce(outcome, '-') FROM act "
                + "ORDER BY act_id").query(String.class).list();
    }

    private List<String> superseded(String history) {
        return jdbc.sql("SELECT submission_id || ':' || row_number FROM " + history + " WHERE superseded "
                + "ORDER BY submission_id, row_number").query(String.class).list();
    }
}
