package kz.legalstat.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import kz.legalstat.account.Account;
import kz.legalstat.reference.OfficeTime;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.report.ExportRequest;
import kz.legalstat.report.ReportExports;
import kz.legalstat.report.ReportName;
import kz.legalstat.schedule.Runs;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Home, the export form, one export's progress, the export history and downloads. */
@Controller
class ReportPages {

    private final ReportExports exports;
    private final ReportFiles files;
    private final ReferenceData reference;
    private final SignedIn signedIn;
    private final Runs runs;

    ReportPages(ReportExports exports, ReportFiles files, ReferenceData reference, SignedIn signedIn, Runs runs) {
        this.exports = exports;
        this.files = files;
        this.reference = reference;
        this.signedIn = signedIn;
        this.runs = runs;
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        Account account = signedIn.account(principal);
        model.addAttribute("runs", runs.latest(5));
        model.addAttribute("exports", exports.recent(account.username(), 5));
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

    @GetMapping("/exports/{id}")
    String export(@PathVariable long id, Principal principal, Model model) {
        model.addAttribute("export", visibleRequest(id, signedIn.account(principal), exports));
        return "export";
    }

    @GetMapping("/exports")
    String history(Principal principal, Model model) {
        Account account = signedIn.account(principal);
        model.addAttribute("entries", exports.catalogue(account.regionScope(), 200));
        return "history";
    }

    @GetMapping("/files/{id}")
    ResponseEntity<Resource> download(@PathVariable long id, Principal principal) {
        return files.download(id, signedIn.account(principal));
    }

    /** Someone else's request is shown only when its region is one this person may see. */
    static ExportRequest visibleRequest(long id, Account account, ReportExports exports) {
        ExportRequest request = exports.find(id)
                .orElseThrow(() -> WebRequestException.notFound("web.error.export-unknown", id));
        if (!request.requestedBy().equals(account.username()) && !account.mayRead(request.regionCode())) {
            throw WebRequestException.forbidden("web.error.export-forbidden", id);
        }
        return request;
    }

    private List<RegionChoice> regions(Account account) {
        return RegionChoice.of(reference, account::mayRead);
    }
}
