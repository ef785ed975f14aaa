package kz.legalstat.bench;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import kz.legalstat.terms.DeadlineRules;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Acts of every unit written straight into the history by COPY, for benchmarks that measure what reads them: the
 * first {@code overdue} are protests unanswered past their term, the rest warnings considered in time. Each row is
 * written once with its deadlines, derived as the loader derives them (10 000 000 rows written and then updated with
 * their deadlines took over 5 minutes).
 */
final class BenchActs {

    private BenchActs() {
    }

    static void insert(JdbcTemplate jdbc, YearMonth period, long overdue, long acts) {
        Long submission = jdbc.queryForObject("""
                INSERT INTO submission (file_path, file_name, size_bytes, sha256, file_modified_at, kind, unit_code,
                                        period, version, status, is_current, rows_loaded, versions_settled)
                VALUES ('bench', 'acts_19_' || ? || '.bench', 0, repeat('0', 64), now(), 'acts', '19', ?, 1,
                        'LOADED', true, ?, true) RETURNING id""", Long.class, period.toString(), period.atDay(1), acts);
        List<String> units = jdbc.queryForList("SELECT code FROM unit ORDER BY code", String.class);
        DeadlineRules rules = DeadlineRules.read(JdbcClient.create(jdbc));
        LocalDate first = LocalDate.of(2026, 1, 5);
        try (Connection connection = jdbc.getDataSource().getConnection();
             Writer out = new OutputStreamWriter(new PGCopyOutputStream(
                     connection.unwrap(PGConnection.class), """
                     COPY act_row (submission_id, period, row_number, act_id, unit_code, act_type, issued_on,
                                   addressee_kind, addressee, sphere, received_on, considered_on, outcome,
                                   deadline_derived, term_rule_id, term_start_on, term, term_unit, term_bound,
                                   term_last_on, deadline_on, report_last_on, report_deadline_on, deadline_provisional)
                     FROM STDIN (FORMAT csv)""", 1 << 16), StandardCharsets.UTF_8)) {
            for (long n = 1; n <= acts; n++) {
                boolean late = n <= overdue;
                String type = late ? "PROTEST" : "WARNING";
                LocalDate issued = first.plusDays(n % 260);
                LocalDate considered = late ? null : issued.plusDays(1);
                StringBuilder row = new StringBuilder(200).append(submission).append(',').append(period.atDay(1))
                        .append(',').append(n).append(",B/").append(n).append(',')
                        .append(units.get((int) (n % units.size()))).append(',').append(type).append(',')
                        .append(issued).append(",STATE_BODY,\"Акимат, отдел № ").append(n % 97).append("\",OTHER,")
                        .append(issued).append(',').append(considered == null ? "" : considered).append(',')
                        .append(late ? "" : "SATISFIED").append(",t");
                for (String value : rules.derive(type, "STATE_BODY", issued, issued, null, considered).values()) {
                    row.append(',').append(value == null ? "" : value);
                }
                out.write(row.append('\n').toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
