package kz.legalstat.report;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a report has got: data rows written so far and, where the report knows it in advance, how many
 * there will be. Read by another thread (the page that shows the export) while the report is written.
 */
public final class ReportProgress {

    private final AtomicLong written = new AtomicLong();
    private volatile long expected; // written by the report's one thread only

    /** A progress nobody follows. */
    public static ReportProgress untracked() {
        return new ReportProgress();
    }

    public void rowWritten() {
        written.lazySet(written.get() + 1);
    }

    /** Adds {@code rows} to the rows the report will hold: each table says so before its rows are written. */
    public void expect(long rows) {
        expected += rows;
    }

    public long rowsWritten() {
        return written.get();
    }

    /**
     * Whole percent of the rows written while the report is written, or -1 before any table has said how many rows it
     * will hold (the report's queries still run). At most 99: the file is still to be saved.
     */
    public int percent() {
        long total = expected;
        return total <= 0 ? -1 : (int) Math.min(99, rowsWritten() * 100 / total);
    }
}
