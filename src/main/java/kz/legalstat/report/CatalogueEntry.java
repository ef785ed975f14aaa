package kz.legalstat.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One written report in the export catalogue: what, for whom, by whom, which file and its checksum, and the data rows
 * written per table.
 */
public record CatalogueEntry(long id, String report, LocalDate period, String lang, String regionCode, LocalDate asOf,
                             String filePath, String sha256, Map<String, Long> rows, String requestedBy,
                             OffsetDateTime createdAt) {
}
