package kz.legalstat.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import kz.legalstat.i18n.Lang;
import kz.legalstat.reference.OfficeTime;

/**
 * One report to write: the period runs from 1 January to the end of {@code period}; {@code regionCode} null
 * for the whole republic; {@code asOf} null for the last day of the period, or today while the month is in progress.
 */
public record ReportRequest(ReportName name, YearMonth period, Lang lang, String regionCode, LocalDate asOf,
                            Path out, String requestedBy) {

    public LocalDate effectiveAsOf() {
        if (asOf != null) {
            return asOf;
        }
        LocalDate today = OfficeTime.today();
        return period.atEndOfMonth().isAfter(today) ? today : period.atEndOfMonth();
    }

    /**
     * Whether the month is still in progress: its files keep coming and no verification has closed it, so its figures
     * are published only as preliminary.
     */
    public boolean preliminary() {
        return !period.isBefore(OfficeTime.currentMonth());
    }

    public ReportRequest writingTo(Path file) {
        return new ReportRequest(name, period, lang, regionCode, asOf, file, requestedBy);
    }

    /**
     * A file name that says what the report is: {@code supervision-acts_2026-10_ru.xlsx}, and
     * {@code supervision-acts_2026-12_ru_preliminary.xlsx} for the month in progress.
     */
    public String defaultFileName() {
        return name.cliName() + "_" + period + (regionCode == null ? "" : "_" + regionCode) + "_" + lang
                + (preliminary() ? "_preliminary" : "") + ".xlsx";
    }
}
