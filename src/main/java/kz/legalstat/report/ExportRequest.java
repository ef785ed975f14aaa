package kz.legalstat.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import kz.legalstat.i18n.Bilingual;

/**
 * A report asked for on demand and written in the background ({@link ExportState}): QUEUED, RUNNING, READY (then
 * {@code exportId} names the file in the catalogue) or FAILED (then {@code failure} says why, in both languages; JSON carries the
 * reader's). Progress is known while it runs.
 */
public record ExportRequest(long id, String requestedBy, ReportName report, YearMonth period, String lang,
                            String regionCode, LocalDate asOf, ExportState status, Long exportId, Bilingual failure,
                            OffsetDateTime requestedAt, OffsetDateTime finishedAt, long rowsWritten, int percent) {

    public boolean finished() {
        return status.finished();
    }
}
