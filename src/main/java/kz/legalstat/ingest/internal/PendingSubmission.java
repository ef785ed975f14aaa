package kz.legalstat.ingest.internal;

import java.time.YearMonth;

/** A registered file, or source-database query, waiting to be read and loaded. */
record PendingSubmission(long id, String path, String fileName, String kind, String unitCode, YearMonth period,
                         String sourceQuery) {

    String format() {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".xlsx") ? "xlsx" : name.endsWith(".xls") ? "xls" : "csv";
    }

    boolean fromDatabase() {
        return sourceQuery != null;
    }
}
