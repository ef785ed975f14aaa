package kz.legalstat.ingest;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The current state of acts and records (latest row per act or record, with deadlines) that checks and
 * reports read, brought up to date after loading and after a change of calendar or deadline rules: only the acts
 * and records of submissions that changed are recomputed, the whole only when something every row depends on
 * changed (V16), and readers are never kept out. The two tables are updated side by side, each in its own
 * transaction: they share nothing, and on two cores the update then takes the time of the larger one (acts)
 * rather than of both.
 */
@Component
public class CurrentState {

    private static final Logger log = LoggerFactory.getLogger(CurrentState.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;
    private final SimpleAsyncTaskExecutor beside = new SimpleAsyncTaskExecutor("current-state-");

    CurrentState(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Brings both tables up to date; says for each what was done: "kept", "rebuilt" or "updated n" (n acts or
     * records recomputed).
     */
    public Map<String, String> refresh() {
        CompletableFuture<String> records = CompletableFuture.supplyAsync(
                () -> separately.execute(status -> update("special_record")), beside);
        String acts;
        try {
            acts = separately.execute(status -> update("act"));
        } catch (RuntimeException actsFailed) {
            // the records' update is waited for all the same: nothing runs on after this returns
            try {
                records.join();
            } catch (CompletionException recordsFailed) {
                actsFailed.addSuppressed(recordsFailed.getCause());
            }
            throw actsFailed;
        }
        String recordsDone;
        try {
            recordsDone = records.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        separately.executeWithoutResult(status ->
                jdbc.sql("SELECT current_state_forget_seen_changes()").query().listOfRows());
        return Map.of("act", acts, "special_record", recordsDone);
    }

    private String update(String table) {
        long start = System.nanoTime();
        String how = jdbc.sql("SELECT current_state_update(?)").param(table).query(String.class).single();
        log.info("Current state {}: {} in {} ms", table, how, (System.nanoTime() - start) / 1_000_000);
        return how;
    }
}
