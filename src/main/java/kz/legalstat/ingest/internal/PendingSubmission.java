package kz.legalstat.ingest.internal;

import java.time.YearMonth;

/** A registered file waiting to be read and loaded. */
record PendingSubmission(long id, String path, String fileName, String kind, String unitCode, YearMonth period) {

    String format() {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "csv";
    }
}
