package kz.legalstat.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.legalstat.reference.SubmissionKind;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The current state of acts and records that checks and reports read is the history itself (the views act and
 * special_record, V26): each file's load marks which versions are current and derives its acts' deadlines, in its
 * own transaction. What this brings up to date is what came otherwise: the deadlines, when the calendar or the terms
 * changed since they were derived or for rows written by hand, and the versions of submissions written by hand. A
 * night of files only looks and finds nothing to do; readers are never kept out.
 */
@Component
public class CurrentState {

    private static final Logger log = LoggerFactory.getLogger(CurrentState.class);

    private final JdbcClient jdbc;
    private final DeadlineDerivation deadlines;
    private final TransactionTemplate separately;

    CurrentState(JdbcClient jdbc, DeadlineDerivation deadlines, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Brings the state up to date in one transaction; says what was done: for "deadlines", the acts whose deadlines
     * were written, for "act" and "special_record", the versions whose mark changed ("kept" when nothing was to do).
     */
    public Map<String, String> refresh() {
        return separately.execute(status -> {
            long start = System.nanoTime();
            Map<String, String> done = new LinkedHashMap<>();
            long derived = deadlines.bringUpToDate();
            done.put("deadlines", derived == 0 ? "kept" : "derived " + derived);
            done.put("act", settle(SubmissionKind.ACTS));
            done.put("special_record", settle(SubmissionKind.RECORDS));
            readTheNightForPlanning(done);
            log.info("Current state: {} in {} ms", done, (System.nanoTime() - start) / 1_000_000);
            return done;
        });
    }

    /**
     * Statistics for a history that a night changed by more than a tenth, before anything plans over it: planned on
     * the counts of before a region's month, a join of a district's register against that month's acts compared 200
     * million key pairs. Sampling costs the same whatever the table holds (0.3-0.4 s), so a night of a few files
     * leaves it to autovacuum.
     */
    private void readTheNightForPlanning(Map<String, String> done) {
        // the block ranges the night filled, told their months: a range not summarised yet is read whatever month
        // is asked for (1 000 000 acts: 28 000 pages read for a month instead of 167 000 over six)
        jdbc.sql("""
                SELECT brin_summarize_new_values('act_row_period') + brin_summarize_new_values('act_row_issued')
                       + brin_summarize_new_values('record_row_period')
                       + brin_summarize_new_values('record_row_registered')""").query(Long.class).single();
        List<String> stale = jdbc.sql("""
                SELECT c.relname FROM pg_class c JOIN pg_stat_user_tables t ON t.relid = c.oid
                WHERE c.relname IN ('act_row', 'record_row')
                  AND (c.reltuples < 0 OR t.n_mod_since_analyze > 0.1 * c.reltuples)
                ORDER BY c.relname""").query(String.class).list();
        for (String table : stale) {
            jdbc.sql("ANALYZE " + table).update();
        }
        if (!stale.isEmpty()) {
            done.put("analyzed", String.join(" ", stale));
        }
    }

    /** Marks the versions of the loaded submissions of a kind not marked yet (written by hand). */
    private String settle(SubmissionKind kind) {
        List<Long> submissions = jdbc.sql("""
                UPDATE submission SET versions_settled = true
                WHERE NOT versions_settled AND kind = ? AND status = 'LOADED' RETURNING id""")
                .param(kind.code()).query(Long.class).list();
        if (submissions.isEmpty()) {
            return "kept";
        }
        long changed = jdbc.sql("SELECT versions_settle(?, CAST(? AS bigint[]))")
                .params(kind.code(), submissions.toArray(Long[]::new)).query(Long.class).single();
        return "settled " + submissions.size() + " submissions, " + changed + " versions marked";
    }
}
