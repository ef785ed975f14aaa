package kz.legalstat.web;

import java.security.Principal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import kz.legalstat.account.Account;
import kz.legalstat.i18n.Lang;
import kz.legalstat.reference.OfficeTime;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Unit;
import kz.legalstat.report.ExportRequest;
import kz.legalstat.report.ReportExports;
import kz.legalstat.report.ReportName;
import kz.legalstat.report.Requester;
import kz.legalstat.schedule.Runs;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Home, the export form, one export's progress, the export history and downloads. */
@Controller
class ReportPages {

    private final ReportExports exports;
    private final ReportFiles files;
    private final ReferenceData reference;
    private final SignedIn signedIn;
    private final Runs runs;
    private final BasisView.Reader bases;
    private final ReportTables tables;

    ReportPages(ReportExports exports, ReportFiles files, ReferenceData reference, SignedIn signedIn, Runs runs,
                BasisView.Reader bases, ReportTables tables) {
        this.tables = tables;
        this.bases = bases;
        this.exports = exports;
        this.files = files;
        this.reference = reference;
        this.signedIn = signedIn;
        this.runs = runs;
    }

    @GetMapping("/")
    String home(Principal principal, Locale locale, Model model) {
        Account account = signedIn.account(principal);
        model.addAttribute("basis", bases.of(OfficeTime.lastMonth(), account.regionScope(), Lang.of(locale)));
        model.addAttribute("runs", runs.latest(5).stream().map(r -> ServerPaths.shown(r, account)).toList());
        model.addAttribute("exports", exports.recent(account.username(), 5));
        model.addAttribute("regionNames", regionNames(locale));
        model.addAttribute("period", OfficeTime.lastMonth());
        return "home";
    }

    @GetMapping("/reports")
    String form(Principal principal, Locale locale, Model model) {
        Account account = signedIn.account(principal);
        model.addAttribute("reports", Arrays.stream(ReportName.values()).map(ReportName::cliName).toList());
        model.addAttribute("regions", regions(account));
        model.addAttribute("period", OfficeTime.lastMonth());
        model.addAttribute("maxPeriod", OfficeTime.currentMonth());
        model.addAttribute("reportLang", WebLanguageConfiguration.lang(locale).name());
        model.addAttribute("exports", exports.recent(account.username(), 20));
        model.addAttribute("regionNames", regionNames(locale));
        model.addAttribute("basis", bases.of(OfficeTime.lastMonth(), account.regionScope(), Lang.of(locale)));
        return "reports";
    }

    @PostMapping("/reports")
    String export(@RequestParam(required = false) String report, @RequestParam(required = false) String period,
                  @RequestParam(required = false) String reportLang, @RequestParam(required = false) String region,
                  @RequestParam(required = false) String asOf, Principal principal) {
        Account account = signedIn.account(principal);
        ReportOrder order = ReportOrder.parse(report, period, reportLang, region, asOf, account, reference);
        ExportRequest request = exports.request(order.report(), order.period(), order.lang(), order.regionCode(),
                order.asOf(), account.username());
        return "redirect:/exports/" + request.id();
    }

    /**
     * A region's units under its row on a republic export's page: the export of that region by unit made for this
     * export, asked for once (docs/web-and-api.md, "Pages").
     */
    @PostMapping("/exports/{id}/units")
    String units(@PathVariable long id, @RequestParam(required = false) String region, Principal principal) {
        Account account = signedIn.account(principal);
        ExportRequest parent = visibleRequest(id, account, exports);
        if (parent.regionCode() != null || parent.exportId() == null || !parent.report().firstTableByPlace()) {
            throw new WebRequestException(org.springframework.http.HttpStatus.CONFLICT, "web.error.units-not-here", id);
        }
        String regionCode = ReportOrder.region(region == null ? "" : region.trim(), account, reference);
        if (regionCode == null) {
            throw WebRequestException.badRequest("web.error.region", "");
        }
        return "redirect:/exports/" + exports.unitsOf(parent, regionCode, account.username()).id();
    }

    @GetMapping("/exports/{id}")
    String export(@PathVariable long id, Principal principal, Locale locale, Model model) {
        Account account = signedIn.account(principal);
        ExportRequest request = visibleRequest(id, account, exports);
        model.addAttribute("export", request);
        model.addAttribute("fileName", files.readableName(request));
        if (request.exportId() != null) {
            model.addAttribute("table", table(request, account));
            model.addAttribute("regionCodes", regionCodes(request));
        }
        model.addAttribute("basis", bases.of(request.period(), request.regionCode(), Lang.of(locale)));
        return "export";
    }

    /** The export page's own JSON, with the page's session: how the export stands, as the API tells it. */
    @GetMapping(path = "/exports/{id}/status", produces = "application/json")
    @ResponseBody
    ExportStatus exportStatus(@PathVariable long id, Principal principal) {
        return ExportStatus.of(visibleRequest(id, signedIn.account(principal), exports));
    }

    /** The reports written, newest first, of one report or period if asked; each with its name in words. */
    @GetMapping("/exports")
    String history(@RequestParam(required = false) String report, @RequestParam(required = false) String period,
                   Principal principal, Model model) {
        Account account = signedIn.account(principal);
        ReportName name = report == null || report.isBlank() ? null : ReportName.parse(report.trim())
                .orElseThrow(() -> WebRequestException.badRequest("web.error.report", report, ReportName.allowed()));
        YearMonth month = period == null || period.isBlank() ? null : ReportOrder.period(period.trim());
        model.addAttribute("reports", Arrays.stream(ReportName.values()).map(ReportName::cliName).toList());
        model.addAttribute("report", name == null ? "" : name.cliName());
        model.addAttribute("period", month);
        model.addAttribute("entries", exports.catalogue(account.regionScope(), name, month, 200).stream()
                .map(entry -> new HistoryRow(entry, files.readableName(entry))).toList());
        return "history";
    }

    /** A written report as the history lists it: its entry and the name its download offers. */
    record HistoryRow(kz.legalstat.report.CatalogueEntry entry, String fileName) {

        /** Who asked: a nightly run by its number, else the account. */
        public Long nightlyRun() {
            return Requester.nightlyRun(entry.requestedBy());
        }
    }

    /**
     * The report's main table on the page, read back from its file: sortable, with a chart of its first measure by
     * region and, for the republic, each region's units a click away. A fragment the export page shows once ready.
     */
    @GetMapping("/exports/{id}/table")
    String table(@PathVariable long id, Principal principal, Model model) {
        Account account = signedIn.account(principal);
        ExportRequest request = readyRequest(id, account);
        model.addAttribute("export", request);
        model.addAttribute("table", table(request, account));
        model.addAttribute("regionCodes", regionCodes(request));
        return "fragments :: reportTable";
    }

    /** The same table as CSV. */
    @GetMapping("/exports/{id}/table.csv")
    ResponseEntity<byte[]> tableCsv(@PathVariable long id, Principal principal) {
        Account account = signedIn.account(principal);
        ExportRequest request = readyRequest(id, account);
        ReportTable table = table(request, account);
        if (table == null) {
            throw WebRequestException.notFound("web.error.table-none", id);
        }
        String name = files.readableName(request).replaceAll("\\.xlsx$", ".csv");
        return ResponseEntity.ok().contentType(new org.springframework.http.MediaType("text", "csv",
                        java.nio.charset.StandardCharsets.UTF_8))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(table.csv().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private ExportRequest readyRequest(long id, Account account) {
        ExportRequest request = visibleRequest(id, account, exports);
        if (request.exportId() == null) {
            throw new WebRequestException(org.springframework.http.HttpStatus.CONFLICT, "web.error.export-not-ready", id,
                    request.status());
        }
        return request;
    }

    private ReportTable table(ExportRequest request, Account account) {
        return tables.of(files.entry(request.exportId(), account), Lang.parse(request.lang()).locale());
    }

    /** The list of one's exports names each region, as the form does, not by its code. */
    private Map<String, String> regionNames(Locale locale) {
        return reference.regions().stream().collect(Collectors.toMap(Unit::code, r -> r.name(Lang.of(locale))));
    }

    /** The regions by the names the report's rows give them (a kept-out one marked «*»), for their units' links. */
    private Map<String, String> regionCodes(ExportRequest request) {
        Map<String, String> codes = new HashMap<>();
        if (request.regionCode() == null && request.report().firstTableByPlace()) {
            Lang lang = Lang.parse(request.lang());
            reference.regions().forEach(r -> {
                codes.put(r.name(lang), r.code());
                codes.put(r.name(lang) + " *", r.code());
            });
        }
        return codes;
    }

    /** The file of an export, by the export's number: the export page's link, known before the file is written. */
    @GetMapping("/exports/{id}/file")
    ResponseEntity<Resource> exportFile(@PathVariable long id, Principal principal) {
        Account account = signedIn.account(principal);
        return files.download(readyRequest(id, account).exportId(), account);
    }

    @GetMapping("/files/{id}")
    ResponseEntity<Resource> download(@PathVariable long id, Principal principal) {
        return files.download(id, signedIn.account(principal));
    }

    /** Someone else's request is shown only when its region is one this person may see; else it is as unknown. */
    static ExportRequest visibleRequest(long id, Account account, ReportExports exports) {
        ExportRequest request = exports.find(id)
                .orElseThrow(() -> WebRequestException.notFound("web.error.export-unknown", id));
        if (!request.requestedBy().equals(account.username()) && !account.mayRead(request.regionCode())) {
            throw WebRequestException.notFound("web.error.export-unknown", id);
        }
        return request;
    }

    private List<RegionChoice> regions(Account account) {
        return RegionChoice.of(reference, account::mayRead);
    }
}
