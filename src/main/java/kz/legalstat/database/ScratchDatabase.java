package kz.legalstat.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A database made anew beside the chosen one, for work that must not touch real data (benchmarks). */
public final class ScratchDatabase {

    private ScratchDatabase() {
    }

    /** Drops and creates {@code name} on the server of {@code url}; returns the URL of the new database. */
    public static String recreate(String url, String user, String password, String name) throws SQLException {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        String server = url.substring(0, slash + 1);
        String params = query < 0 ? "" : url.substring(query);
        try (Connection admin = DriverManager.getConnection(server + "postgres" + params, user, password)) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            admin.createStatement().execute("CREATE DATABASE " + name);
        }
        return server + name + params;
    }
}
