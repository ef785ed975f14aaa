package kz.legalstat.report;

/**
 * Where an export asked for on demand stands: waiting in the queue, being written, written (its file is in the
 * catalogue) or failed (its reason kept in both languages). The database's {@code export_request.status} holds the
 * same names.
 */
public enum ExportState {
    QUEUED, RUNNING, READY, FAILED;

    /** Written or failed: nothing more will happen to it. */
    public boolean finished() {
        return this == READY || this == FAILED;
    }
}
