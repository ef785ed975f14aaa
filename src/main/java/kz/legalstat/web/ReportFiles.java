package kz.legalstat.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;

import kz.legalstat.account.Account;
import kz.legalstat.i18n.Lang;
import kz.legalstat.reference.OfficeTime;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.report.ReportName;
import kz.legalstat.report.CatalogueEntry;
import kz.legalstat.report.ExportRequest;
import kz.legalstat.report.ReportExports;

import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Hands out a written report by its catalogue id, to whoever may see its region. The path comes from the
 * catalogue, never from the request, so no name a person types can reach another file.
 */
@Component
class ReportFiles {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportExports exports;
    private final MessageSource messages;
    private final ReferenceData reference;

    ReportFiles(ReportExports exports, MessageSource messages, ReferenceData reference) {
        this.exports = exports;
        this.messages = messages;
        this.reference = reference;
    }

    /**
     * The catalogue entry, if this person may see it; 404 when there is none, and the same 404 when it is another
     * region's, so that nobody learns which ids exist beyond their own region.
     */
    CatalogueEntry entry(long exportId, Account account) {
        CatalogueEntry entry = exports.catalogueEntry(exportId)
                .orElseThrow(() -> WebRequestException.notFound("web.error.file-unknown", exportId));
        if (!account.mayRead(entry.regionCode())) {
            throw WebRequestException.notFound("web.error.file-unknown", exportId);
        }
        return entry;
    }

    ResponseEntity<Resource> download(long exportId, Account account) {
        CatalogueEntry entry = entry(exportId, account);
        Path file = Path.of(entry.filePath());
        if (!Files.isRegularFile(file)) {
            throw new WebRequestException(HttpStatus.GONE, "web.error.file-gone", exportId);
        }
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(readableName(entry), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", entry.sha256())
                .body(new FileSystemResource(file));
    }

    /**
     * The name a download offers, in the report's own language: «Акты надзора, январь–ноябрь 2026, ru.xlsx», with the
     * region when there is one and «Предварительные данные» when it was written while its month was in progress.
     */
    String readableName(CatalogueEntry entry) {
        return readableName(entry.report(), YearMonth.from(entry.period()), Lang.parse(entry.lang()), entry.regionCode(),
                !YearMonth.from(entry.createdAt().atZoneSameInstant(OfficeTime.ZONE)).isAfter(YearMonth.from(entry.period())));
    }

    /** The same name for an export asked for, before its file is written. */
    String readableName(ExportRequest request) {
        return readableName(request.report().cliName(), request.period(), Lang.parse(request.lang()),
                request.regionCode(),
                !YearMonth.from(request.requestedAt().atZoneSameInstant(OfficeTime.ZONE)).isAfter(request.period()));
    }

    private String readableName(String report, YearMonth period, Lang lang, String regionCode, boolean preliminary) {
        Locale locale = lang.locale();
        String last = messages.getMessage("report.month." + period.getMonthValue(), null, locale);
        String months = report.equals(ReportName.DATA_QUALITY.cliName()) || period.getMonthValue() == 1 ? last
                : messages.getMessage("report.month.1", null, locale) + "–" + last;
        StringBuilder name = new StringBuilder(messages.getMessage("web.report.short." + report, null, locale))
                .append(", ").append(months).append(' ').append(period.getYear());
        if (regionCode != null) {
            name.append(", ").append(reference.unit(regionCode).map(u -> u.name(lang)).orElse(regionCode));
        }
        if (preliminary) {
            name.append(", ").append(messages.getMessage("web.file.preliminary", null, locale));
        }
        // a slash or colon would be cut or refused by the browser's save dialog
        return name.append(", ").append(lang.name()).append(".xlsx").toString().replaceAll("[/\\\\:*?\"<>|]", "-");
    }
}
