package kz.legalstat.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import kz.legalstat.account.Account;
import kz.legalstat.report.CatalogueEntry;
import kz.legalstat.report.ReportExports;

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

    ReportFiles(ReportExports exports) {
        this.exports = exports;
    }

    /** The catalogue entry, if this person may see it; 404 when there is none, 403 when it is another region's. */
    CatalogueEntry entry(long exportId, Account account) {
        CatalogueEntry entry = exports.catalogueEntry(exportId)
                .orElseThrow(() -> WebRequestException.notFound("web.error.file-unknown", exportId));
        if (!account.mayRead(entry.regionCode())) {
            throw WebRequestException.forbidden("web.error.file-forbidden", exportId, account.regionScope());
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
                        ContentDisposition.attachment().filename(entry.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", entry.sha256())
                .body(new FileSystemResource(file));
    }
}
