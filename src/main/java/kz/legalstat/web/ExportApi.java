package kz.legalstat.web;

import java.net.URI;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import kz.legalstat.account.Account;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.report.ExportRequest;
import kz.legalstat.report.ReportExports;
import kz.legalstat.report.ReportName;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports for the office's other systems: ask for one, follow it, download it; the export catalogue. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reports", description = "Export reports on demand and download them")
class ExportApi {

    /** What to export; a field not named here is refused with its name. */
    @Schema(name = "ExportOrder", requiredProperties = {"report", "period"})
    record Order(@Schema(allowableValues = {"supervision-acts", "overdue-acts", "data-quality", "special-records"})
                 String report,
                 @Schema(description = "the last month of the period, which runs from 1 January; not after this month",
                         pattern = "^\\d{4}-\\d{2}$", example = "2026-10") String period,
                 @Schema(allowableValues = {"kk", "ru"}, defaultValue = "ru") String language,
                 @Schema(description = "a region's two-digit code; none: the republic (a regional analyst: their own)",
                         pattern = "^\\d{2}$", example = "19") String region,
                 @Schema(description = "the day the acts' statuses are taken on: from the period's first day to today; "
                         + "none: the period's last day, or today while the month is in progress",
                         format = "date", example = "2026-11-10") String asOf) {
    }

    private final ReportExports exports;
    private final ReportFiles files;
    private final ReferenceData reference;
    private final SignedIn signedIn;

    ExportApi(ReportExports exports, ReportFiles files, ReferenceData reference, SignedIn signedIn) {
        this.exports = exports;
        this.files = files;
        this.reference = reference;
        this.signedIn = signedIn;
    }

    @GetMapping("/reports")
    @Operation(summary = "The reports that can be exported")
    List<String> reports() {
        return Arrays.stream(ReportName.values()).map(ReportName::cliName).toList();
    }

    @PostMapping("/exports")
    @Operation(summary = "Ask for a report; it is written in the background",
            description = "Answers 202 with the export; follow it at the Location given until status is READY. "
                    + "The month in progress is written as preliminary data.")
    @ApiResponse(responseCode = "202", description = "Accepted: the export is queued",
            headers = @Header(name = "Location", description = "the export's address", required = true,
                    schema = @Schema(type = "string", example = "/api/v1/exports/17")))
    ResponseEntity<ExportStatus> export(@RequestBody Order order, Principal principal) {
        Account account = signedIn.account(principal);
        ReportOrder checked = ReportOrder.parse(order.report(), order.period(), order.language(), order.region(),
                order.asOf(), account, reference);
        ExportRequest request = exports.request(checked.report(), checked.period(), checked.lang(),
                checked.regionCode(), checked.asOf(), account.username());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/exports/" + request.id()))
                .body(ExportStatus.of(request));
    }

    @GetMapping("/exports/{id}")
    @Operation(summary = "How an export stands: QUEUED, RUNNING (with rows written), READY or FAILED")
    ExportStatus status(@PathVariable long id, Principal principal) {
        return ExportStatus.of(ReportPages.visibleRequest(id, signedIn.account(principal), exports));
    }

    @GetMapping("/exports/{id}/file")
    @Operation(summary = "The finished report (.xlsx); 409 while it is still being written")
    @ApiResponse(responseCode = "200", description = "the workbook, named in words",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<Resource> file(@PathVariable long id, Principal principal) {
        Account account = signedIn.account(principal);
        ExportRequest request = ReportPages.visibleRequest(id, account, exports);
        if (request.exportId() == null) {
            throw new WebRequestException(HttpStatus.CONFLICT, "web.error.export-not-ready", id, request.status());
        }
        return files.download(request.exportId(), account);
    }

    @GetMapping("/catalogue")
    @Operation(summary = "Reports written, newest first (a regional analyst sees only their region's)")
    List<CatalogueItem> catalogue(@RequestParam(defaultValue = "100") int limit, Principal principal) {
        Account account = signedIn.account(principal);
        return exports.catalogue(account.regionScope(), Math.max(1, Math.min(limit, 1000))).stream()
                .map(entry -> CatalogueItem.of(entry, files.readableName(entry), account)).toList();
    }

    @GetMapping("/catalogue/{id}/file")
    @Operation(summary = "A report of the catalogue (.xlsx), by its catalogue id")
    @ApiResponse(responseCode = "200", description = "the workbook, named in words",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<Resource> catalogueFile(@PathVariable long id, Principal principal) {
        return files.download(id, signedIn.account(principal));
    }
}
