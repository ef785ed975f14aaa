package kz.legalstat.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import kz.legalstat.i18n.Lang;

/**
 * One report to write: the period runs from 1 January to the end of {@code period}; {@code regionCode} null
 * for the whole republic; {@code asOf} null for the last day of the period.
 */
public record ReportRequest(ReportName name, YearMonth period, Lang lang, String regionCode, LocalDate asOf,
                            Path out, String requestedBy) {

    public LocalDate effectiveAsOf() {
        return asOf != null ? asOf : period.atEndOfMonth();
    }

    public ReportRequest writingTo(Path file) {
        return new ReportRequest(name, period, lang, regionCode, asOf, file, requestedBy);
    }

    /** A file name that says what the report is: {@code supervision-acts_2026-10_ru.xlsx}. */
    public String defaultFileName() {
        return name.cliName() + "_" + period + (regionCode == null ? "" : "_" + regionCode) + "_" + lang + ".xlsx";
    }
}
