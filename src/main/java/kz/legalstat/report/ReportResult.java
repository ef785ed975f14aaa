package kz.legalstat.report;

import java.nio.file.Path;
import java.util.Map;

/**
 * A written report: the file, its checksum, its id in the export catalogue, the rows of each table, and whether
 * the period had no data at all (no file was taken from January to the period's month).
 */
public record ReportResult(long exportId, Path file, String sha256, Map<String, Long> rows, boolean noData) {
}
