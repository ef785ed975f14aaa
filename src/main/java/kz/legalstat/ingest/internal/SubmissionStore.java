package kz.legalstat.ingest.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import kz.legalstat.ingest.SubmissionStatus;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The submission table: registering files, finding the next one to load, recording what happened. */
@Component
class SubmissionStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    SubmissionStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    boolean unchangedSinceTaken(String path, long size, Instant modified, Instant changed) {
        return jdbc.sql("""
                SELECT count(*) FROM submission
                WHERE file_path = ? AND size_bytes = ? AND file_modified_at = ?
                  AND (file_changed_at IS NULL OR file_changed_at = CAST(? AS timestamptz))""")
                .params(path, size, Timestamp.from(modified), timestamp(changed))
                .query(Long.class).single() > 0;
    }

    /**
     * Whether these bytes were taken for the same (kind, unit, month); for a file of no known unit, under
     * the same name (as the unique indexes on submission say).
     */
    boolean taken(String sha256, SubmissionFileName name, boolean knownUnit, String fileName) {
        String unit = knownUnit ? name.unitCode() : null;
        return jdbc.sql("""
                SELECT count(*) FROM submission
                WHERE sha256 = ? AND (kind, unit_code, period) IS NOT DISTINCT FROM (?, ?, ?)
                  AND (unit_code IS NOT NULL OR file_name = ?)""")
                .params(sha256, name == null ? null : name.kind(), unit, name == null ? null : name.period().atDay(1),
                        fileName)
                .query(Long.class).single() > 0;
    }

    long register(StoredFile file, SubmissionFileName name, SubmissionStatus status, long jobExecutionId) {
        return insert(file, name, name != null && status != SubmissionStatus.REJECTED, status, jobExecutionId);
    }

    /**
     * A file of a known unit refused before it is read, for its format: kept under its unit, so that the unit is told
     * among its findings and its next version, read, settles it.
     */
    long registerRefused(StoredFile file, SubmissionFileName name, long jobExecutionId) {
        return insert(file, name, true, SubmissionStatus.REJECTED, jobExecutionId);
    }

    private long insert(StoredFile file, SubmissionFileName name, boolean knownUnit, SubmissionStatus status,
                        long jobExecutionId) {
        Integer version = name == null ? null : jdbc.sql("""
                SELECT coalesce(max(version), 0) + 1 FROM submission WHERE kind = ? AND unit_code = ? AND period = ?""")
                .params(name.kind(), name.unitCode(), name.period().atDay(1)).query(Integer.class).single();
        return jdbc.sql("""
                INSERT INTO submission (file_path, file_name, size_bytes, sha256, file_modified_at, file_changed_at,
                                        job_execution_id, kind, unit_code, period, version, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(file.path(), file.name(), file.size(), file.sha256(), Timestamp.from(file.modified()),
                        timestamp(file.changed()), jobExecutionId,
                        name == null ? null : name.kind(), knownUnit ? name.unitCode() : null,
                        name == null ? null : name.period().atDay(1), version, status.name())
                .query(Long.class).single();
    }

    /**
     * The oldest submission of a region (its units' two first digits; "" for a file of no known unit) still
     * waiting to be loaded, whichever run registered it, so a rerun resumes. Versions of one unit's file stay in
     * their order: a unit belongs to one region.
     */
    Optional<PendingSubmission> nextReceived(String region) {
        return jdbc.sql("""
                SELECT id, file_path, file_name, kind, unit_code, period, source_query FROM submission
                WHERE status = 'RECEIVED' AND coalesce(left(unit_code, 2), '') = ?
                ORDER BY period, kind, unit_code, version LIMIT 1""")
                .param(region)
                .query((rs, n) -> new PendingSubmission(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), YearMonth.from(rs.getDate(6).toLocalDate()), rs.getString(7)))
                .optional();
    }

    void addIssues(long submissionId, List<Issue> issues) {
        jdbcTemplate.batchUpdate("""
                INSERT INTO submission_issue (submission_id, severity, row_number, column_name, value, code,
                                              message_kk, message_ru)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", issues, 1000, (ps, issue) -> {
            ps.setLong(1, submissionId);
            ps.setString(2, issue.severity().name());
            ps.setObject(3, issue.rowNumber());
            ps.setString(4, issue.column());
            ps.setString(5, issue.value());
            ps.setString(6, issue.code());
            ps.setString(7, issue.message().kk());
            ps.setString(8, issue.message().ru());
        });
    }

    /**
     * Marks the file loaded and makes it the current version, unless a newer version is current already; then marks
     * which versions of its acts or records are current (V26), the file's and those of the version it replaces.
     */
    void markLoaded(PendingSubmission submission, long loaded, int rejected) {
        List<Long> replaced = jdbc.sql("""
                UPDATE submission SET is_current = false
                WHERE kind = ? AND unit_code = ? AND period = ? AND is_current
                  AND version < (SELECT version FROM submission WHERE id = ?)
                RETURNING id""")
                .params(submission.kind(), submission.unitCode(), submission.period().atDay(1), submission.id())
                .query(Long.class).list();
        jdbc.sql("""
                UPDATE submission s SET status = 'LOADED', rows_loaded = ?, rows_rejected = ?, versions_settled = true,
                       is_current = NOT EXISTS (SELECT 1 FROM submission c WHERE c.kind = s.kind
                                                AND c.unit_code = s.unit_code AND c.period = s.period AND c.is_current)
                WHERE id = ?""")
                .params(loaded, rejected, submission.id()).update();
        Long[] settled = Stream.concat(Stream.of(submission.id()), replaced.stream()).toArray(Long[]::new);
        jdbc.sql("SELECT versions_settle(?, CAST(? AS bigint[]))").params(submission.kind(), settled)
                .query(Long.class).single();
    }

    void setSourceQuery(long submissionId, String query) {
        jdbc.sql("UPDATE submission SET source_query = ? WHERE id = ?").params(query, submissionId).update();
    }

    void markRejected(long submissionId) {
        jdbc.sql("UPDATE submission SET status = 'REJECTED' WHERE id = ?").param(submissionId).update();
    }

    private static Timestamp timestamp(Instant moment) {
        return moment == null ? null : Timestamp.from(moment);
    }
}
