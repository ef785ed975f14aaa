package kz.legalstat.web;

import java.net.URI;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import kz.legalstat.account.Account;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.report.CatalogueEntry;
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

    /** What to export: report name, period YYYY-MM, language kk|ru, region code (optional), as-of YYYY-MM-DD (optional). */
    record Order(String report, String period, String language, String region, String asOf) {
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
            description = "Answers 202 with the request; follow it at the Location given until status is READY.")
    ResponseEntity<ExportRequest> export(@RequestBody Order order, Principal principal) {
        Account account = signedIn.account(principal);
        ReportOrder checked = ReportOrder.parse(order.report(), order.period(), order.language(), order.region(),
                order.asOf(), account, reference);
        ExportRequest request = exports.request(checked.report(), checked.period(), checked.lang(),
                checked.regionCode(), checked.asOf(), account.username());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/exports/" + request.id()))
                .body(request);
    }

    @GetMapping("/exports/{id}")
    @Operation(summary = "How an export stands: QUEUED, RUNNING (with rows written), READY or FAILED")
    ExportRequest status(@PathVariable long id, Principal principal) {
        return ReportPages.visibleRequest(id, signedIn.account(principal), exports);
    }

    @GetMapping("/exports/{id}/file")
    @Operation(summary = "The finished report (.xlsx); 409 while it is still being written")
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
    List<CatalogueEntry> catalogue(@RequestParam(defaultValue = "100") int limit, Principal principal) {
        return exports.catalogue(signedIn.account(principal).regionScope(), Math.max(1, Math.min(limit, 1000)));
    }

    @GetMapping("/catalogue/{id}/file")
    @Operation(summary = "A report of the catalogue (.xlsx), by its catalogue id")
    ResponseEntity<Resource> catalogueFile(@PathVariable long id, Principal principal) {
        return files.download(id, signedIn.account(principal));
    }
}
