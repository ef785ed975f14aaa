package kz.legalstat.ingest;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import kz.legalstat.reference.SentMonths;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The months of the current submissions that name a unit: its own files, or its region's files' rows naming it. */
@Component
class SubmittedMonths implements SentMonths {

    private final JdbcClient jdbc;

    SubmittedMonths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, YearMonth> firstFrom(Collection<String> units, YearMonth from) {
        if (units.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                WITH sent AS (SELECT id, unit_code, period FROM submission WHERE is_current AND period >= :from)
                SELECT c.code, to_char(min(d.period), 'YYYY-MM') AS first_month
                FROM unnest(CAST(:codes AS varchar[])) AS c (code)
                JOIN (SELECT unit_code AS code, period FROM sent
                      UNION ALL
                      SELECT a.unit_code, s.period FROM sent s JOIN act_row a ON a.submission_id = s.id
                      UNION ALL
                      SELECT r.unit_code, s.period FROM sent s JOIN record_row r ON r.submission_id = s.id
                      UNION ALL
                      SELECT f.unit_code, s.period FROM sent s JOIN form_row f ON f.submission_id = s.id) AS d
                  ON d.code = c.code
                GROUP BY c.code""")
                .param("codes", units.toArray(String[]::new)).param("from", from.atDay(1))
                .query((rs, n) -> Map.entry(rs.getString(1), YearMonth.parse(rs.getString(2)))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
