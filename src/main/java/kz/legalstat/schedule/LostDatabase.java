package kz.legalstat.schedule;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a run failed because the database went away (a restart, a network cut). That surfaces as a pile of
 * follow-on errors (rollback failed, step record out of date); the cause that matters is the dropped connection:
 * SQLSTATE class 08 (connection exception) or 57P (the server shutting down or ending the session).
 */
public final class LostDatabase {

    private LostDatabase() {
    }

    public static Optional<SQLException> of(JobExecution execution) {
        Deque<Throwable> toSee = new ArrayDeque<>(execution.getAllFailureExceptions());
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!toSee.isEmpty()) {
            Throwable e = toSee.pop();
            if (!seen.add(e)) {
                continue;
            }
            if (e instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return Optional.of(sql);
            }
            if (e.getCause() != null) {
                toSee.add(e.getCause());
            }
            // a failed rollback hides the error that caused it (the dropped connection) behind its own
            if (e instanceof TransactionSystemException tx && tx.getApplicationException() != null) {
                toSee.add(tx.getApplicationException());
            }
            toSee.addAll(List.of(e.getSuppressed()));
        }
        return Optional.empty();
    }
}
