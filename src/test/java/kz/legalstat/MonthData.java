package kz.legalstat;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes a unit's submissions and rows straight into the tables, for rules tested on exact data. */
public record MonthData(JdbcClient jdbc) {

    public long submission(String kind, String unit, String period) {
        return jdbc.sql("""
                INSERT INTO submission (file_path, file_name, size_bytes, sha256, file_modified_at, kind, unit_code,
                                        period, version, status, is_current)
                VALUES (?, ?, 1, md5(?) || md5(?), CAST(? AS date) + INTERVAL '1 month 2 days', ?, ?, CAST(? AS date),
                        1, 'LOADED', true)
                RETURNING id""")
                .params("/inbox/" + name(kind, unit, period), name(kind, unit, period), name(kind, unit, period),
                        period, period, kind, unit, period)
                .query(Long.class).single();
    }

    private static String name(String kind, String unit, String period) {
        return kind + "_" + unit + "_" + period.substring(0, 7) + ".csv";
    }

    public void act(long submission, int row, String id, String type, String issued, String received, Integer term,
                    String considered, String outcome, String reported) {
        act(submission, row, id, type, issued, received, term, considered, outcome, reported, "Акимат");
    }

    public void act(long submission, int row, String id, String type, String issued, String received, Integer term,
                    String considered, String outcome, String reported, String addressee) {
        act(submission, row, id, type, "STATE_BODY", addressee, LocalDate.parse(issued), date(received), term,
                date(considered), outcome, date(reported));
    }

    /** An act to an addressee of a given kind, its dates as dates (null: empty). */
    public void act(long submission, int row, String id, String type, String addresseeKind, String addressee,
                    LocalDate issued, LocalDate received, Integer term, LocalDate considered, String outcome,
                    LocalDate reported) {
        jdbc.sql("""
                INSERT INTO act_row (submission_id, row_number, act_id, unit_code, act_type, issued_on, addressee_kind,
                                     addressee, sphere, received_on, term_days, considered_on, outcome, reported_on)
                SELECT ?, ?, ?, unit_code, ?, ?, ?, ?, 'OTHER', ?, ?, ?, ?, ?
                FROM submission WHERE id = ?""")
                .params(submission, row, id, type, issued, addresseeKind, addressee, received, term, considered,
                        outcome, reported, submission)
                .update();
        loaded(submission);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /**
     * As the loader does, the submission counts the rows it loaded; unlike it, the versions are left to be marked by
     * the next refresh of the current state.
     */
    private void loaded(long submission) {
        jdbc.sql("UPDATE submission SET rows_loaded = rows_loaded + 1, versions_settled = false WHERE id = ?")
                .param(submission).update();
    }

    /** A record of a unit (registered 1 September 2026, article 188-2, minor), its decision date as text or null. */
    public void record(long submission, int row, String id, String unit, String status, String decided) {
        jdbc.sql("""
                INSERT INTO record_row (submission_id, row_number, record_id, unit_code, registered_on, article,
                                        category, status, decided_on)
                VALUES (?, ?, ?, ?, DATE '2026-09-01', '188-2', 'MINOR', ?, CAST(? AS date))""")
                .params(submission, row, id, unit, status, decided).update();
        loaded(submission);
    }

    public void form(long submission, int row, String unit, String indicator, long value) {
        jdbc.sql("INSERT INTO form_row (submission_id, row_number, unit_code, indicator, value) VALUES (?, ?, ?, ?, ?)")
                .params(submission, row, unit, indicator, value).update();
        loaded(submission);
    }
}
