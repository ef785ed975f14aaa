package kz.legalstat.ingest.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of a unit's database view, read through a forward-only cursor in chunks of {@link #FETCH} rows,
 * as the text a file would carry (dates ISO, numbers plain), so they pass the same validation.
 */
final class JdbcTableReader implements TableReader {

    static final int FETCH = 1000;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final List<String> header = new ArrayList<>();
    private int rowNumber;

    private JdbcTableReader(String url, String query, String user, String password) throws SQLException {
        // no user configured: the URL carries it (or the driver's defaults apply)
        this.connection = user == null || user.isBlank() ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, user, password);
        try {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            this.statement = connection.prepareStatement(query, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH);
            this.rows = statement.executeQuery();
            ResultSetMetaData meta = rows.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                header.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Opens the query; a source that cannot be reached or queried rejects the submission with its reason. */
    static TableReader open(String url, String query, String user, String password) throws RejectedIOException {
        try {
            return new JdbcTableReader(url, query, user, password);
        } catch (SQLException e) {
            throw new RejectedIOException(new FileRejectedException("ingest.source.failed", e.getMessage()));
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public RawRow next() throws IOException {
        try {
            if (!rows.next()) {
                return null;
            }
            List<String> cells = new ArrayList<>(header.size());
            for (int i = 1; i <= header.size(); i++) {
                cells.add(text(rows.getObject(i)));
            }
            return new RawRow(++rowNumber, cells);
        } catch (SQLException e) {
            throw new RejectedIOException(new FileRejectedException("ingest.source.failed", e.getMessage()));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Timestamp timestamp) {
            return text(timestamp.toLocalDateTime());
        }
        if (value instanceof LocalDateTime at) {
            return text(at);
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }

    /**
     * A date kept in a timestamp column is that date at midnight. Another time of day is left in the text, so the
     * row is refused as a file's «14.09.2026 10:30» is, rather than silently losing the time.
     */
    private static String text(LocalDateTime at) {
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : DATE_TIME.format(at);
    }

    @Override
    public void close() throws IOException {
        try (connection; statement; rows) {
            connection.rollback();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
