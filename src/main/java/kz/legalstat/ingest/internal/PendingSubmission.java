package kz.legalstat.ingest.internal;

import java.time.YearMonth;

/** A registered file, or source-database query, waiting to be read and loaded. */
record PendingSubmission(long id, String path, String fileName, String kind, String unitCode, YearMonth period,
                         String sourceQuery) {

    String format() {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "csv";
    }

    boolean fromDatabase() {
        return sourceQuery != null;
    }
}
