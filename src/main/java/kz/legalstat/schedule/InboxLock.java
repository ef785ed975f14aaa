package kz.legalstat.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One collection per inbox at a time, across processes and servers: a PostgreSQL advisory lock on the inbox,
 * held on its own connection while the job runs and released however it ends (a killed process's connection
 * closes, and the lock with it).
 */
@Component
class InboxLock {

    private static final Logger log = LoggerFactory.getLogger(InboxLock.class);

    private final DataSource dataSource;

    InboxLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T whileHeld(String inbox, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "SELECT pg_try_advisory_lock(hashtext(?))", inbox)) {
                throw new InboxBusyException(inbox);
            }
            try {
                return work.get();
            } finally {
                unlock(connection, inbox);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot lock the inbox " + inbox + ": " + e.getMessage(), e);
        }
    }

    /**
     * A lock whose connection the database dropped (a restart, a network cut) is gone already: the run's own
     * outcome says what happened, not a failed unlock.
     */
    private static void unlock(Connection connection, String inbox) {
        try {
            call(connection, "SELECT pg_advisory_unlock(hashtext(?))", inbox);
        } catch (SQLException e) {
            log.warn("The lock on the inbox {} was lost with its connection: {}", inbox, e.getMessage());
        }
    }

    private static boolean call(Connection connection, String sql, String inbox) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, "legalstat inbox " + inbox);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
