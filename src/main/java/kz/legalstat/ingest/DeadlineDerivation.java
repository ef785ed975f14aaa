package kz.legalstat.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import kz.legalstat.calendar.CalendarChanged;
import kz.legalstat.terms.DeadlineRules;
import kz.legalstat.terms.TermUnit;
import kz.legalstat.terms.TermsChanged;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Keeps the acts' deadlines, stored in the history beside each row (V26), derived from the calendar and the terms in
 * force. A collection derives them as it loads a file ({@link #forLoad()}); a change of the calendar or the terms
 * moves the basis' generation (R__deadline_basis.sql), and {@link #bringUpToDate()}, in the changing transaction or
 * before the next reading, derives every act's deadlines again, writing only those that moved.
 */
@Component
public class DeadlineDerivation {

    private static final Logger log = LoggerFactory.getLogger(DeadlineDerivation.class);
    /** Rows read, derived and written back at a time: bounded memory whatever the history holds. */
    private static final int CHUNK = 20_000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private volatile Cached cached;

    private record Cached(long generation, DeadlineRules rules) {
    }

    public DeadlineDerivation(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * The rules a file's rows are derived with, in the caller's (the file's) transaction: the basis is locked to its
     * end, so that a change of the calendar or the terms waits for the file, or the file for the change.
     */
    public DeadlineRules forLoad() {
        long generation = jdbc.sql("SELECT generation FROM deadline_basis FOR SHARE").query(Long.class).single();
        Cached known = cached;
        if (known == null || known.generation() != generation) {
            known = new Cached(generation, DeadlineRules.read(jdbc));
            cached = known;
        }
        return known.rules();
    }

    /**
     * Derives the deadlines of the rows never derived (written by hand, not by a collection) and, when the calendar
     * or the terms changed since the last derivation, of every row; in the caller's transaction. Returns the rows
     * whose deadlines were written.
     */
    public long bringUpToDate() {
        long[] basis = jdbc.sql("SELECT generation, derived_generation FROM deadline_basis FOR UPDATE")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        boolean changed = basis[0] != basis[1];
        DeadlineRules rules = DeadlineRules.read(jdbc);
        cached = new Cached(basis[0], rules);
        long start = System.nanoTime();
        long written = derive(rules, changed ? "true" : "NOT deadline_derived");
        if (changed) {
            jdbc.sql("UPDATE deadline_basis SET derived_generation = generation").update();
        }
        if (written > 0 || changed) {
            log.info("Deadlines derived again ({}): {} acts written in {} ms",
                    changed ? "calendar or terms changed" : "rows not derived yet", written,
                    (System.nanoTime() - start) / 1_000_000);
        }
        return written;
    }

    /** A calendar year loaded or replaced moves deadlines: derived again in its transaction (a listener runs in it). */
    @EventListener
    void calendarChanged(CalendarChanged change) {
        bringUpToDate();
    }

    /** So do new terms. */
    @EventListener
    void termsChanged(TermsChanged change) {
        bringUpToDate();
    }

    private record Row(long submissionId, int rowNumber, boolean derived, DeadlineRules.Derived before,
                       DeadlineRules.Derived after) {
    }

    private long derive(DeadlineRules rules, String which) {
        jdbc.sql("""
                CREATE TEMPORARY TABLE IF NOT EXISTS act_deadline_derived (
                    submission_id bigint, row_number integer, term_rule_id integer, term_start_on date, term integer,
                    term_unit varchar(16), term_bound integer, term_last_on date, deadline_on date,
                    report_last_on date, report_deadline_on date, deadline_provisional boolean
                ) ON COMMIT DROP""").update();
        // the derived values are copied in as written by DeadlineRules.Derived.values(), in its COLUMNS' order
        long written = 0;
        long afterSubmission = -1;
        int afterRow = -1;
        while (true) {
            List<Row> rows = jdbc.sql("""
                    SELECT submission_id, row_number, deadline_derived, act_type, addressee_kind, issued_on,
                           received_on, term_days, considered_on, term_rule_id, term_start_on, term, term_unit,
                           term_bound, term_last_on, deadline_on, report_last_on, report_deadline_on,
                           deadline_provisional
                    FROM act_row
                    WHERE (submission_id, row_number) > (?, ?) AND %s
                    ORDER BY submission_id, row_number LIMIT ?""".formatted(which))
                    .params(afterSubmission, afterRow, CHUNK)
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getBoolean(3),
                            new DeadlineRules.Derived((Integer) rs.getObject(10), rs.getObject(11, LocalDate.class),
                                    (Integer) rs.getObject(12), unit(rs.getString(13)), (Integer) rs.getObject(14),
                                    rs.getObject(15, LocalDate.class), rs.getObject(16, LocalDate.class),
                                    rs.getObject(17, LocalDate.class), rs.getObject(18, LocalDate.class),
                                    rs.getBoolean(19)),
                            rules.derive(rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                                    rs.getObject(7, LocalDate.class), (Integer) rs.getObject(8),
                                    rs.getObject(9, LocalDate.class))))
                    .list();
            if (rows.isEmpty()) {
                break;
            }
            List<Row> moved = new ArrayList<>();
            for (Row row : rows) {
                if (!row.derived() || !Objects.equals(row.before(), row.after())) {
                    moved.add(row);
                }
            }
            written += write(moved);
            Row last = rows.get(rows.size() - 1);
            afterSubmission = last.submissionId();
            afterRow = last.rowNumber();
        }
        jdbc.sql("""
                UPDATE act_row r
                SET deadline_derived = true, term_rule_id = d.term_rule_id, term_start_on = d.term_start_on,
                    term = d.term, term_unit = d.term_unit, term_bound = d.term_bound, term_last_on = d.term_last_on,
                    deadline_on = d.deadline_on, report_last_on = d.report_last_on,
                    report_deadline_on = d.report_deadline_on, deadline_provisional = d.deadline_provisional
                FROM act_deadline_derived d
                WHERE r.submission_id = d.submission_id AND r.row_number = d.row_number""").update();
        jdbc.sql("DROP TABLE act_deadline_derived").update();
        return written;
    }

    private int write(List<Row> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY act_deadline_derived FROM STDIN (FORMAT csv)");
            try {
                StringBuilder text = new StringBuilder();
                for (Row row : rows) {
                    text.setLength(0);
                    text.append(row.submissionId()).append(',').append(row.rowNumber());
                    for (String value : row.after().values()) {
                        text.append(',');
                        if (value != null) {
                            text.append(value);
                        }
                    }
                    text.append('\n');
                    byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    copy.writeToCopy(bytes, 0, bytes.length);
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the derived deadlines could not be written", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return rows.size();
    }

    private static TermUnit unit(String name) {
        return name == null ? null : TermUnit.valueOf(name);
    }
}
