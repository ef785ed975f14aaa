package kz.legalstat.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import kz.legalstat.account.Account;
import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;
import kz.legalstat.ingest.SubmissionTemplates;
import kz.legalstat.quality.Completeness;
import kz.legalstat.quality.FindingWords;
import kz.legalstat.quality.Findings;
import kz.legalstat.quality.RuleCatalogue;
import kz.legalstat.reference.OfficeTime;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.SubmissionKind;
import kz.legalstat.reference.Unit;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Who has sent what this month (colour-coded), the findings with filters, a unit's own findings as CSV, and the
 * workbooks units fill to send each kind.
 */
@Controller
class QualityPages {

    static final int PAGE_FINDINGS = 50;

    /** One unit's line of the completeness matrix: a status per kind, in the order of {@link SubmissionKind}. */
    record CompletenessRow(Unit unit, List<Completeness.Status> statuses) {
    }

    private final Completeness completeness;
    private final Findings findings;
    private final RuleCatalogue rules;
    private final ReferenceData reference;
    private final SignedIn signedIn;
    private final MessageSource messages;
    private final SubmissionTemplates templates;
    private final BasisView.Reader bases;
    private final Texts texts;

    QualityPages(Completeness completeness, Findings findings, RuleCatalogue rules, ReferenceData reference, SignedIn signedIn,
                 MessageSource messages, SubmissionTemplates templates, BasisView.Reader bases, Texts texts) {
        this.texts = texts;
        this.bases = bases;
        this.templates = templates;
        this.completeness = completeness;
        this.findings = findings;
        this.rules = rules;
        this.reference = reference;
        this.signedIn = signedIn;
        this.messages = messages;
    }

    /**
     * The workspace of a month's data quality: the matrix of who sent what, the findings counted per rule and per
     * region, and a page of them, every filter applying to all three; rules, columns and dates in words.
     */
    @GetMapping("/quality")
    String quality(@RequestParam(required = false) String period, @RequestParam(required = false) String region,
                   @RequestParam(required = false) String unit, @RequestParam(required = false) String rule,
                   @RequestParam(required = false) String severity, @RequestParam(required = false) String sort,
                   @RequestParam(required = false) String page, Principal principal, Locale locale, Model model) {
        Account account = signedIn.account(principal);
        YearMonth month = period == null || period.isBlank() ? OfficeTime.lastMonth()
                : ReportOrder.period(period.trim());
        String regionCode = ReportOrder.region(region == null ? "" : region.trim(), account, reference);
        Unit chosen = checkUnit(unit, account);
        String unitCode = chosen == null ? null : chosen.code();
        List<RuleCatalogue.Rule> catalogue = rules.all();
        String ruleId = FindingFilters.rule(rule, catalogue);
        String severityCode = FindingFilters.severity(severity);
        Findings.Order order = FindingFilters.order(sort);
        int pageNumber = FindingFilters.page(page);
        Findings.Filter filter = new Findings.Filter(regionCode, unitCode, ruleId, severityCode);
        // the month's latest verification, read once for the page's counts, rows and heading
        Findings.Verification verification = findings.latest(month).orElse(null);
        List<Findings.Count> counts = verification == null ? List.of() : findings.counts(verification, filter);
        long total = counts.stream().mapToLong(Findings.Count::findings).sum();
        int pages = (int) Math.max(1, (total + PAGE_FINDINGS - 1) / PAGE_FINDINGS);
        if (pageNumber > pages) {
            throw WebRequestException.badRequest("web.error.page-beyond", pageNumber, pages);
        }
        Lang lang = WebLanguageConfiguration.lang(locale);
        FindingWords words = new FindingWords(texts, reference, lang);
        QualityView view = new QualityView(month, regionCode, unitCode, ruleId, severityCode, order, pageNumber, pages,
                total, PAGE_FINDINGS);
        model.addAttribute("q", view);
        model.addAttribute("period", month);
        model.addAttribute("region", regionCode);
        model.addAttribute("unit", unitCode);
        model.addAttribute("rule", ruleId);
        model.addAttribute("severity", severityCode);
        model.addAttribute("regions", RegionChoice.of(reference, account::mayRead));
        model.addAttribute("kinds", SubmissionKind.codes());
        model.addAttribute("basis", bases.of(month, regionCode, lang));
        model.addAttribute("matrix", matrix(completeness.of(month, regionCode), month, regionCode, unitCode));
        // counted within the page's region: a regional analyst's page never shows the republic's totals
        model.addAttribute("verification", verification == null ? null : findings.within(verification, regionCode));
        model.addAttribute("rules", catalogue);
        model.addAttribute("byRule", view.byRule(counts, catalogue, lang));
        model.addAttribute("byRegion", view.byRegion(counts, reference, lang));
        model.addAttribute("findings", (verification == null ? List.<Findings.Finding>of()
                : findings.of(verification, filter, order, (pageNumber - 1) * PAGE_FINDINGS, PAGE_FINDINGS)).stream()
                .map(f -> view.row(ServerPaths.shown(f, account), catalogue, reference, messages, locale, words)).toList());
        return "quality";
    }

    /** A unit's own findings (or a region's) as a CSV file the unit's office opens in Excel. */
    @GetMapping("/quality/findings.csv")
    void findingsCsv(@RequestParam String period, @RequestParam String unit, Principal principal, Locale locale,
                     HttpServletResponse response) throws IOException {
        Account account = signedIn.account(principal);
        YearMonth month = ReportOrder.period(period.trim());
        Unit target = checkUnit(unit, account);
        if (target == null) {
            throw WebRequestException.badRequest("web.error.unit", "");
        }
        Lang lang = WebLanguageConfiguration.lang(locale);
        var rows = findings.of(month, new Findings.Filter(target.regionCode(), target.isRegion() ? null : target.code(),
                null, null), Integer.MAX_VALUE).stream().map(f -> ServerPaths.shown(f, account)).toList();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("findings_" + target.code() + "_" + month + "_" + lang + ".csv").build().toString());
        List<String> header = List.of("rule", "severity", "unit", "file", "row", "column", "value", "message").stream()
                .map(key -> messages.getMessage("web.findings.column." + key, null, locale)).toList();
        var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        findings.writeCsv(rows, lang, header, out);
        out.flush();
    }

    /** The workbook units fill to send a kind, in the page's language: for any unit, or for one ({@code unit}). */
    @GetMapping("/quality/templates/{kind}.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String kind, @RequestParam(required = false) String unit,
                                    Principal principal, Locale locale) {
        SubmissionKind sent = SubmissionKind.of(kind).orElseThrow(() -> WebRequestException.notFound(
                "web.error.template-unknown", kind, String.join(", ", SubmissionKind.codes())));
        Unit forUnit = checkUnit(unit, signedIn.account(principal));
        Lang lang = WebLanguageConfiguration.lang(locale);
        String name = kind + (forUnit == null ? "" : "_" + forUnit.code()) + "_" + lang + ".xlsx";
        return ResponseEntity.ok().contentType(ReportFiles.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(templates.workbook(sent, lang, forUnit));
    }

    private Unit checkUnit(String code, Account account) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Unit unit = reference.unit(code.trim()).orElseThrow(() -> WebRequestException.badRequest("web.error.unit", code));
        if (!account.mayRead(unit.code())) {
            throw WebRequestException.forbidden("web.error.region-forbidden", code, account.regionScope());
        }
        return unit;
    }

    private List<CompletenessRow> matrix(Map<String, Map<String, Completeness.Status>> statuses, YearMonth period,
                                         String regionCode, String unitCode) {
        return reference.unitsIn(period, regionCode).stream()
                .filter(u -> statuses.containsKey(u.code())) // a list loaded between the two reads shows next time
                .filter(u -> unitCode == null || u.code().equals(unitCode))
                .map(u -> new CompletenessRow(u, SubmissionKind.codes().stream().map(k -> statuses.get(u.code()).get(k)).toList()))
                .toList();
    }
}
