package kz.legalstat.terms;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The terms as the migrations ship them, taken before a test loads a set of its own and put back after it. */
public record ShippedTerms(JdbcClient jdbc, String versions) {

    public static ShippedTerms take(JdbcClient jdbc) {
        return new ShippedTerms(jdbc, jdbc.sql("SELECT json_agg(t ORDER BY id) FROM term_rule t").query(String.class)
                .single());
    }

    public void restore() {
        jdbc.sql("DELETE FROM term_rule").update();
        jdbc.sql("DELETE FROM term_rule_set").update();
        jdbc.sql("INSERT INTO term_rule SELECT * FROM json_populate_recordset(NULL::term_rule, CAST(? AS json))")
                .param(versions).update();
    }
}
