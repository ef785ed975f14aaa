package kz.legalstat.ingest;

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
 * reports read; rebuilt after loading and after a change of calendar or deadline rules, only when one of its
 * sources changed since its last rebuild (V14 records both), and without keeping readers out. The two are
 * rebuilt side by side, each in its own transaction: they share nothing, and on two cores the rebuild then
 * takes the time of the larger one (acts) rather than of both.
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

    public void refresh() {
        CompletableFuture<Void> records = CompletableFuture.runAsync(
                () -> separately.executeWithoutResult(status -> rebuild("special_record")), beside);
        try {
            separately.executeWithoutResult(status -> rebuild("act"));
        } catch (RuntimeException actsFailed) {
            // the records' rebuild is waited for all the same: nothing runs on after this returns
            try {
                records.join();
            } catch (CompletionException recordsFailed) {
                actsFailed.addSuppressed(recordsFailed.getCause());
            }
            throw actsFailed;
        }
        try {
            records.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        separately.executeWithoutResult(status ->
                jdbc.sql("SELECT current_state_forget_seen_changes()").query().listOfRows());
    }

    private void rebuild(String view) {
        if (!jdbc.sql("SELECT current_state_stale(?)").param(view).query(Boolean.class).single()) {
            log.info("Current state {}: nothing it is built from changed since its last rebuild; kept", view);
            return;
        }
        jdbc.sql("SELECT current_state_rebuilding(?)").param(view).query().listOfRows();
        // A view with rows is refreshed CONCURRENTLY, so that reports and exports go on reading it meanwhile (a
        // plain REFRESH locks every reader out until it commits: minutes once the history is large). It costs
        // about half as much work again (1 000 000 acts: 8.9 s against 6.3 s). An empty view, as before the first
        // collection, is filled the plain way: nobody can be reading anything from it.
        boolean hasRows = jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + view + ")").query(Boolean.class).single();
        jdbc.sql("REFRESH MATERIALIZED VIEW " + (hasRows ? "CONCURRENTLY " : "") + view).update();
        jdbc.sql("ANALYZE " + view).update();
    }
}
