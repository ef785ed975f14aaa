package kz.legalstat.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

/** The office's clock and the months its statistics cover, the same whichever way a request comes in. */
public final class OfficeTime {

    /** "This month" and "today" are Almaty's, wherever the server runs. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    /** The first month the statistics hold: an earlier date is a typing error (1926 for 2026). */
    public static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);

    private OfficeTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static YearMonth currentMonth() {
        return YearMonth.now(ZONE);
    }

    /** The month last closed: the one units are sending now, and what a period left out means. */
    public static YearMonth lastMonth() {
        return currentMonth().minusMonths(1);
    }

    /**
     * A moment stored with its time zone (timestamptz), as the office's clock shows it: the driver hands it over
     * in UTC, which a page would show five hours early.
     */
    public static OffsetDateTime read(ResultSet rs, String column) throws SQLException {
        OffsetDateTime moment = rs.getObject(column, OffsetDateTime.class);
        return moment == null ? null : moment.atZoneSameInstant(ZONE).toOffsetDateTime();
    }

    /** A moment the JVM stored as its own local time (Spring Batch's timestamps), on the office's clock. */
    public static OffsetDateTime fromServerTime(LocalDateTime serverLocal) {
        return serverLocal == null ? null
                : serverLocal.atZone(ZoneId.systemDefault()).withZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
