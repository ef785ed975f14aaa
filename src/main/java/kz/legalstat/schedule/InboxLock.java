package kz.legalstat.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * One collection per inbox at a time, across processes and servers: a PostgreSQL advisory lock on the inbox,
 * held on its own connection while the job runs and released however it ends (a killed process's connection
 * closes, and the lock with it).
 */
@Component
class InboxLock {

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
                call(connection, "SELECT pg_advisory_unlock(hashtext(?))", inbox);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot lock the inbox " + inbox + ": " + e.getMessage(), e);
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
