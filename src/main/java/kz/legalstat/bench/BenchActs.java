package kz.legalstat.bench;

import java.time.YearMonth;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Acts of every unit written by SQL straight into the tables, for benchmarks that measure what reads them:
 * the first {@code overdue} are protests unanswered past their term, the rest warnings considered in time.
 * The caller brings the current state up to date afterwards: their deadlines are derived then.
 */
final class BenchActs {

    private BenchActs() {
    }

    static void insert(JdbcTemplate jdbc, YearMonth period, long overdue, long acts) {
        Long submission = jdbc.queryForObject("""
                INSERT INTO submission (file_path, file_name, size_bytes, sha256, file_modified_at, kind, unit_code,
                                        period, version, status, is_current, rows_loaded)
                VALUES ('bench', 'acts_19_' || ? || '.bench', 0, repeat('0', 64), now(), 'acts', '19', ?, 1,
                        'LOADED', true, ?) RETURNING id""", Long.class, period.toString(), period.atDay(1), acts);
        jdbc.update("""
                INSERT INTO act_row (submission_id, period, row_number, act_id, unit_code, act_type, issued_on,
                                     addressee_kind, addressee, sphere, received_on, considered_on, outcome)
                SELECT ?, ?, n, 'B/' || n, u.code, CASE WHEN n <= ? THEN 'PROTEST' ELSE 'WARNING' END,
                       DATE '2026-01-05' + (n % 260)::int, 'STATE_BODY', 'Акимат, отдел № ' || (n % 97), 'OTHER',
                       DATE '2026-01-05' + (n % 260)::int,
                       CASE WHEN n <= ? THEN NULL ELSE DATE '2026-01-06' + (n % 260)::int END,
                       CASE WHEN n <= ? THEN NULL ELSE 'SATISFIED' END
                FROM generate_series(1, ?) AS n
                JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS i FROM unit) u
                  ON u.i = n % (SELECT count(*) FROM unit)""", submission, period.atDay(1), overdue, overdue, overdue,
                acts);
    }
}
