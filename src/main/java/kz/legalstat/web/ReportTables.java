package kz.legalstat.web;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kz.legalstat.report.CatalogueEntry;

import org.springframework.stereotype.Component;

/**
 * The main tables of the reports lately looked at, read once from their files: a written report never changes (the
 * catalogue keeps its checksum), so the export page, its CSV and its chart need not open the workbook again each time
 * (opening one with POI took 90–560 ms of the page).
 */
@Component
class ReportTables {

    /** Enough for the reports a few analysts have open at once; each holds at most a table of regions or units. */
    private static final int KEPT = 32;

    private final Map<String, Optional<ReportTable>> read = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<ReportTable>> eldest) {
            return size() > KEPT;
        }
    };

    /** The report's main table, or null when its file holds none that can be shown (or is too large to open). */
    ReportTable of(CatalogueEntry entry, Locale locale) {
        String key = entry.id() + " " + entry.sha256() + " " + locale.toLanguageTag();
        synchronized (read) {
            Optional<ReportTable> known = read.get(key);
            if (known != null) {
                return known.orElse(null);
            }
        }
        // read outside the lock: another page need not wait for this file; two reading it at once read the same
        Optional<ReportTable> table = Optional.ofNullable(ReportTable.read(Path.of(entry.filePath()), locale));
        synchronized (read) {
            read.put(key, table);
        }
        return table.orElse(null);
    }
}
