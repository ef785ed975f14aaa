package kz.legalstat.quality;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.legalstat.reference.SubmissionKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which unit sent what for a month: per unit and kind, received on time, late, corrected (with its version),
 * missing, rejected, or not required of that unit. Read by the data-quality report and the web page alike.
 */
@Component
public class Completeness {

    /** How one kind stands for one unit; {@code version} is the current version when received. */
    public record Status(State state, Integer version) {
    }

    public enum State { ON_TIME, LATE, CORRECTED, MISSING, REJECTED, NOT_REQUIRED }

    private static final String SUBMISSIONS = """
            SELECT u.code, k.kind,
                   EXISTS (SELECT 1 FROM reporting_due o
                           WHERE o.unit_code = u.code AND o.kind = k.kind AND o.valid_from <= :period_start
                             AND (o.valid_to IS NULL OR o.valid_to >= :period_end)) AS required,
                   (SELECT s.version FROM submission_taken s WHERE s.kind = k.kind AND s.unit_code = u.code
                      AND s.period = :period_start AND s.is_current) AS current_version,
                   (SELECT min((s.file_modified_at AT TIME ZONE 'Asia/Almaty')::date) FROM submission_taken s
                     WHERE s.kind = k.kind AND s.unit_code = u.code AND s.period = :period_start
                       AND s.status = 'LOADED') AS first_delivered,
                   (SELECT count(*) FROM submission_taken s WHERE s.kind = k.kind AND s.unit_code = u.code
                      AND s.period = :period_start AND s.status = 'REJECTED') AS rejected
            FROM unit_as_of(:period_start) u CROSS JOIN unnest(CAST(:kinds AS varchar[])) AS k (kind)
            WHERE (CAST(:region AS varchar) IS NULL OR left(u.code, 2) = :region) AND u.listed""";

    private final JdbcClient jdbc;
    private final int dueDay;

    Completeness(JdbcClient jdbc, QualitySettings settings) {
        this.jdbc = jdbc;
        this.dueDay = settings.dueDayOfNextMonth();
    }

    /**
     * By unit code, then by kind; every unit of the region (or of the republic when null) that the units' list in
     * force in the month holds is there.
     */
    public Map<String, Map<String, Status>> of(YearMonth period, String regionCode) {
        LocalDate due = period.plusMonths(1).atDay(dueDay);
        Map<String, Map<String, Status>> statuses = new LinkedHashMap<>();
        jdbc.sql(SUBMISSIONS)
                .param("kinds", SubmissionKind.codes().toArray(String[]::new))
                .param("period_start", period.atDay(1))
                .param("period_end", period.atEndOfMonth())
                .param("region", regionCode)
                .query(rs -> {
                    Integer version = (Integer) rs.getObject("current_version");
                    java.sql.Date delivered = rs.getDate("first_delivered");
                    State state;
                    if (version != null && version > 1) {
                        state = State.CORRECTED;
                    } else if (version != null) {
                        state = delivered != null && delivered.toLocalDate().isAfter(due) ? State.LATE : State.ON_TIME;
                    } else if (rs.getLong("rejected") > 0) {
                        state = State.REJECTED;
                    } else if (rs.getBoolean("required")) {
                        state = State.MISSING;
                    } else {
                        state = State.NOT_REQUIRED;
                    }
                    statuses.computeIfAbsent(rs.getString("code"), c -> new LinkedHashMap<>())
                            .put(rs.getString("kind"), new Status(state, version));
                });
        return statuses;
    }
}
