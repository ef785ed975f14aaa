package kz.legalstat.report;

import java.nio.file.Path;
import java.util.Map;

/** A written report: the file, its checksum, its id in the export catalogue and the rows of each table. */
public record ReportResult(long exportId, Path file, String sha256, Map<String, Long> rows) {
}
