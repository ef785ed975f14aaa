package kz.legalstat.report;

import java.time.YearMonth;
import java.util.List;

import kz.legalstat.reference.OfficeTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The basis of a month's figures, as the reports themselves apply it (the same SQL functions). */
@Component
public class FiguresBases {

    private final JdbcClient jdbc;

    FiguresBases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The basis of {@code period}'s figures; with a region, only its units kept out are listed. */
    public FiguresBasis of(YearMonth period, String regionScope) {
        boolean preliminary = !period.isBefore(OfficeTime.currentMonth());
        List<FiguresBasis.KeptOut> keptOut = jdbc.sql("""
                        SELECT b.unit_code, b.errors FROM blocked_units(?) b
                        WHERE CAST(? AS varchar) IS NULL OR left(b.unit_code, 2) = ?
                        ORDER BY b.unit_code""")
                .params(period.atDay(1), regionScope, regionScope)
                .query((rs, n) -> new FiguresBasis.KeptOut(rs.getString(1), rs.getInt(2))).list();
        return jdbc.sql("SELECT r.id, r.period, r.completed_at FROM verification r WHERE r.id = verification_for_reports(?)")
                .param(period.atDay(1))
                .query((rs, n) -> new FiguresBasis(period, preliminary, rs.getLong("id"),
                        YearMonth.from(rs.getDate("period").toLocalDate()), OfficeTime.read(rs, "completed_at"),
                        keptOut))
                .optional()
                .orElse(new FiguresBasis(period, preliminary, null, null, null, keptOut));
    }
}
