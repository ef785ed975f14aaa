package kz.legalstat.ingest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The current state of acts and records (latest row per act or record, with deadlines) that checks and
 * reports read; rebuilt after loading and after a change of calendar or deadline rules.
 */
@Component
public class CurrentState {

    private final JdbcClient jdbc;

    CurrentState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void refresh() {
        jdbc.sql("REFRESH MATERIALIZED VIEW act").update();
        jdbc.sql("REFRESH MATERIALIZED VIEW special_record").update();
        jdbc.sql("ANALYZE act").update();
        jdbc.sql("ANALYZE special_record").update();
    }
}
