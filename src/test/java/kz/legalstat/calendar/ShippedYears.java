package kz.legalstat.calendar;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The years the migrations ship beyond the official ones (the provisional next year), taken before a test loads
 * a year of its own and put back after it, so that the next test finds the calendar as shipped.
 */
public record ShippedYears(JdbcClient jdbc, String days, String years) {

    private static final int FIRST_YEAR_BEYOND = 2027;

    public static ShippedYears take(JdbcClient jdbc) {
        return new ShippedYears(jdbc,
                jdbc.sql("SELECT coalesce(json_agg(d), '[]') FROM calendar_day d WHERE extract(year FROM day) >= ?")
                        .param(FIRST_YEAR_BEYOND).query(String.class).single(),
                jdbc.sql("SELECT coalesce(json_agg(y), '[]') FROM calendar_year y WHERE year >= ?").param(FIRST_YEAR_BEYOND)
                        .query(String.class).single());
    }

    /** Every year from 2027 as the migrations shipped it, whatever the test loaded. */
    public void restore() {
        jdbc.sql("DELETE FROM calendar_day WHERE extract(year FROM day) >= ?").param(FIRST_YEAR_BEYOND).update();
        jdbc.sql("DELETE FROM calendar_year WHERE year >= ?").param(FIRST_YEAR_BEYOND).update();
        jdbc.sql("INSERT INTO calendar_year SELECT * FROM json_populate_recordset(NULL::calendar_year, CAST(? AS json))")
                .param(years).update();
        jdbc.sql("INSERT INTO calendar_day SELECT * FROM json_populate_recordset(NULL::calendar_day, CAST(? AS json))")
                .param(days).update();
    }
}
