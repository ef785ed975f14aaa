package kz.legalstat.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Tells a run that is being worked on from one a dead process left behind, across servers: while a process runs
 * a job execution it holds a PostgreSQL advisory lock on the execution's id, on a connection of its own. A killed
 * process's connection closes and the lock goes with it, so a run whose lock is free is nobody's. The run's id
 * also goes into every log line written while it runs ({@code run} in the logging context).
 */
@Component
public class RunLiveness implements JobExecutionListener, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunLiveness.class);

    /** The first key of the two-key advisory locks: "LS", so that no other lock of the database collides. */
    private static final int NAMESPACE = 0x4C53;
    static final String LOG_KEY = "run";

    private final DataSource dataSource;
    private final Map<Long, Connection> held = new ConcurrentHashMap<>();

    RunLiveness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        MDC.put(LOG_KEY, String.valueOf(execution.getId()));
        try {
            Connection connection = dataSource.getConnection();
            if (lock(connection, "SELECT pg_try_advisory_lock(?, ?)", execution.getId())) {
                held.put(execution.getId(), connection);
            } else {
                connection.close();
                log.warn("Run {} is held by another process as well", execution.getId());
            }
        } catch (SQLException e) {
            // the run goes on; only a crash of this process could then be mistaken for a live run
            log.warn("Run {} could not be marked as running: {}", execution.getId(), e.getMessage());
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        MDC.remove(LOG_KEY);
        Connection connection = held.remove(execution.getId());
        if (connection != null) {
            try (connection) {
                lock(connection, "SELECT pg_advisory_unlock(?, ?)", execution.getId());
            } catch (SQLException e) {
                log.debug("Unlocking run {}: {}", execution.getId(), e.getMessage());
            }
        }
    }

    /** A step may run on a thread of its own (a partition of a region): its log lines name the run too. */
    @Override
    public void beforeStep(StepExecution step) {
        MDC.put(LOG_KEY, String.valueOf(step.getJobExecutionId()));
    }

    /** Whether some process is working on the run now. */
    public boolean isAlive(long executionId) {
        if (held.containsKey(executionId)) {
            return true;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (lock(connection, "SELECT pg_try_advisory_lock(?, ?)", executionId)) {
                lock(connection, "SELECT pg_advisory_unlock(?, ?)", executionId);
                return false;
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell whether run " + executionId + " is running: " + e.getMessage(), e);
        }
    }

    private static boolean lock(Connection connection, String sql, long executionId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, NAMESPACE);
            statement.setInt(2, (int) executionId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
