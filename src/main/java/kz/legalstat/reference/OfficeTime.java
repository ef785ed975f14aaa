package kz.legalstat.reference;

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

    public static YearMonth currentMonth() {
        return YearMonth.now(ZONE);
    }
}
