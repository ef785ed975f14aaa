package kz.legalstat.reference;

import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The units and what they must send, taken before a test loads a list and put back after it. */
public record UnitLists(String units, String dues) {

    public static UnitLists take(JdbcClient jdbc) {
        return new UnitLists(jdbc.sql("SELECT jsonb_agg(u) FROM unit u").query(String.class).single(),
                jdbc.sql("SELECT jsonb_agg(o) FROM reporting_obligation o").query(String.class).single());
    }

    /**
     * A list from {@code month} holding the units of the first one but those {@code left out}, as another server's
     * units load leaves the database: the units are read again at the next job or page, not here.
     */
    public static void listFrom(JdbcClient jdbc, YearMonth month, String... leftOut) {
        int version = jdbc.sql("INSERT INTO unit_list (version, valid_from, source) "
                + "SELECT max(version) + 1, ?, 'test' FROM unit_list RETURNING version")
                .param(month.atDay(1)).query(Integer.class).single();
        jdbc.sql("INSERT INTO unit_listed SELECT ?, code, sort_order, name_kk, name_ru FROM unit_listed "
                + "WHERE version = 1 AND code <> ALL (?)").params(version, leftOut).update();
    }

    public void putBack(JdbcClient jdbc, ReferenceData reference) {
        jdbc.sql("DELETE FROM reporting_obligation").update();
        jdbc.sql("DELETE FROM unit_list WHERE version > 1").update(); // and the units they listed
        jdbc.sql("""
                INSERT INTO unit SELECT * FROM jsonb_populate_recordset(NULL::unit, CAST(? AS jsonb))
                ON CONFLICT (code) DO UPDATE SET sort_order = excluded.sort_order, name_kk = excluded.name_kk,
                                                 name_ru = excluded.name_ru""")
                .param(units).update();
        for (int length : new int[] {4, 2}) {
            jdbc.sql("""
                    DELETE FROM unit WHERE length(code) = ?
                      AND code NOT IN (SELECT code FROM jsonb_populate_recordset(NULL::unit, CAST(? AS jsonb)))""")
                    .params(length, units).update();
        }
        jdbc.sql("INSERT INTO reporting_obligation "
                + "SELECT * FROM jsonb_populate_recordset(NULL::reporting_obligation, CAST(? AS jsonb))")
                .param(dues).update();
        reference.refreshIfChanged();
    }
}
