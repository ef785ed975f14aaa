package kz.legalstat.report;

import java.util.regex.Pattern;

/**
 * Who a report is written for, as the export catalogue records it: a person by their account or system user name, or
 * a nightly run as {@code nightly #N}, N its job execution. The catalogue, the runs list and the report's own
 * "produced by" line read it back the same way.
 */
public final class Requester {

    private static final String NIGHTLY = "nightly #";
    private static final Pattern NIGHTLY_RUN = Pattern.compile(Pattern.quote(NIGHTLY) + "(\\d+)");

    private Requester() {
    }

    /** The requester a nightly run's reports are recorded under. */
    public static String nightly(long jobExecutionId) {
        return NIGHTLY + jobExecutionId;
    }

    /** The nightly run a report was written for ({@link #nightly}), or null when a person asked for it. */
    public static Long nightlyRun(String requestedBy) {
        var run = NIGHTLY_RUN.matcher(requestedBy == null ? "" : requestedBy);
        return run.matches() ? Long.valueOf(run.group(1)) : null;
    }
}
