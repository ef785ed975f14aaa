package kz.legalstat.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import kz.legalstat.account.Accounts;
import kz.legalstat.account.InvalidAccountException;
import kz.legalstat.account.Role;
import kz.legalstat.calendar.WorkingCalendar;
import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.TextException;
import kz.legalstat.i18n.Texts;
import kz.legalstat.quality.InvalidRuleChangeException;
import kz.legalstat.quality.RuleCatalogue;
import kz.legalstat.reference.OfficeFileProblem;
import kz.legalstat.reference.OfficeFileRejectedException;
import kz.legalstat.reference.OfficeTime;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Severity;
import kz.legalstat.reference.UnitList;
import kz.legalstat.terms.TermRules;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators: accounts (add, change, disable), the rule catalogue (switch a rule on or off, its severity
 * and tolerance, over what jobs/quality-rules.yml sets, or back to the file), the working-day calendar (a year
 * loaded from the official calendar's file, or written out to correct it) and the units' list (loaded from a month
 * on, or the one in force written out) and the statutory terms (the whole set loaded from a file, or written out).
 */
@Controller
class AdminPages {

    private final Accounts accounts;
    private final RuleCatalogue rules;
    private final ReferenceData reference;
    private final WorkingCalendar calendar;
    private final UnitList unitList;
    private final TermRules terms;
    private final Texts texts;

    AdminPages(Accounts accounts, RuleCatalogue rules, ReferenceData reference, WorkingCalendar calendar,
               UnitList unitList, TermRules terms, Texts texts) {
        this.accounts = accounts;
        this.rules = rules;
        this.reference = reference;
        this.calendar = calendar;
        this.unitList = unitList;
        this.terms = terms;
        this.texts = texts;
    }

    @GetMapping("/admin")
    String admin(Model model, Locale locale) {
        model.addAttribute("lang", Lang.of(locale));
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::name).toList());
        model.addAttribute("regions", RegionChoice.of(reference, code -> true));
        model.addAttribute("rules", rules.all());
        model.addAttribute("severities", Arrays.stream(Severity.values()).map(Severity::name).toList());
        List<WorkingCalendar.Year> years = calendar.years();
        model.addAttribute("calendarYears", years);
        calendar.missingYear(OfficeTime.currentMonth()).ifPresent(year -> model.addAttribute(
                calendar.isProvisional(year) ? "calendarUnofficial" : "calendarMissing", String.valueOf(year)));
        model.addAttribute("unitLists", unitList.versions());
        model.addAttribute("termVersions", terms.versions());
        terms.source().ifPresent(source -> model.addAttribute("termsSource", source));
        model.addAttribute("unitsOpen", reference.unitsListedLast().size());
        return "admin";
    }

    @PostMapping("/admin/calendar")
    String loadCalendar(@RequestParam int year, @RequestParam String source, @RequestParam MultipartFile file,
                        Locale locale, RedirectAttributes redirect) throws IOException {
        Lang lang = Lang.of(locale);
        loadUploaded(file, "calendar", texts.get(lang, "calendar.rejected", file.getOriginalFilename(),
                String.valueOf(year)), lang, redirect, upload -> calendar.load(year, source, upload).text(texts, lang));
        return "redirect:/admin#calendar";
    }

    @GetMapping("/admin/calendar/{year}.csv")
    ResponseEntity<byte[]> exportCalendar(@PathVariable int year) {
        return csv("calendar-" + year + ".csv", () -> calendar.export(year));
    }

    @PostMapping("/admin/terms")
    String loadTerms(@RequestParam String source, @RequestParam MultipartFile file, Locale locale,
                     RedirectAttributes redirect) throws IOException {
        Lang lang = Lang.of(locale);
        loadUploaded(file, "terms", texts.get(lang, "terms.rejected", file.getOriginalFilename()), lang, redirect,
                upload -> texts.get(lang, "terms.loaded", terms.load(upload, source).size()));
        return "redirect:/admin#terms";
    }

    @GetMapping("/admin/terms.csv")
    ResponseEntity<byte[]> exportTerms() {
        return csv("terms.csv", terms::export);
    }

    @PostMapping("/admin/units")
    String loadUnits(@RequestParam String from, @RequestParam String source, @RequestParam MultipartFile file,
                     Locale locale, RedirectAttributes redirect) throws IOException {
        Lang lang = Lang.of(locale);
        YearMonth month;
        try {
            month = YearMonth.parse(from.strip());
        } catch (DateTimeParseException e) {
            throw WebRequestException.badRequest("web.error.period", from);
        }
        loadUploaded(file, "units", texts.get(lang, "units.rejected", file.getOriginalFilename()), lang, redirect,
                upload -> unitList.load(upload, month, source).text(texts, lang));
        return "redirect:/admin#units";
    }

    /**
     * Loads an uploaded file the office keeps ({@code section} of the page: calendar, units), then tells what the load
     * did, or why the file was refused with every problem, on the page it returns to.
     */
    private void loadUploaded(MultipartFile file, String section, String refused, Lang lang,
                              RedirectAttributes redirect, Function<Path, String> load) throws IOException {
        Path upload = Files.createTempFile(section + "-", ".csv");
        try {
            file.transferTo(upload);
            redirect.addFlashAttribute(section + "Loaded", load.apply(upload));
        } catch (OfficeFileRejectedException e) {
            redirect.addFlashAttribute(section + "Refused", refused);
            redirect.addFlashAttribute(section + "Problems",
                    e.problems().stream().map(p -> p.text(texts, lang)).toList());
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    @GetMapping("/admin/units.csv")
    ResponseEntity<byte[]> exportUnits() {
        return csv("units.csv", unitList::export);
    }

    @GetMapping("/admin/units/{version}.csv")
    ResponseEntity<byte[]> exportUnitList(@PathVariable int version) {
        return csv("units-" + version + ".csv", () -> unitList.export(version));
    }

    /** A file the office keeps, written out; one there is not (a year, a list number) is told as not found. */
    private static ResponseEntity<byte[]> csv(String fileName, Supplier<byte[]> export) {
        try {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                    .body(export.get());
        } catch (OfficeFileRejectedException e) {
            OfficeFileProblem problem = e.problems().get(0);
            throw WebRequestException.notFound(problem.key(), problem.args());
        }
    }

    @PostMapping("/admin/users")
    String save(@RequestParam String username, @RequestParam String password, @RequestParam String role,
                @RequestParam(required = false) String region, RedirectAttributes redirect) {
        Role parsed = Role.parse(role).orElseThrow(() -> WebRequestException.badRequest("web.error.role", role));
        try {
            accounts.save(username.trim(), password, parsed, region);
            redirect.addFlashAttribute("saved", WebRequestException.echo(username.trim()));
        } catch (InvalidAccountException e) {
            refused(e, redirect);
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/rules/{ruleId}")
    String changeRule(@PathVariable String ruleId, @RequestParam(defaultValue = "false") boolean enabled,
                      @RequestParam String severity, @RequestParam BigDecimal tolerance, Principal principal,
                      RedirectAttributes redirect) {
        try {
            rules.change(ruleId, enabled, severity, tolerance, principal.getName());
            redirect.addFlashAttribute("ruleSaved", ruleId);
        } catch (InvalidRuleChangeException e) {
            refused(e, redirect, "rule");
        }
        return "redirect:/admin#rules";
    }

    @PostMapping("/admin/rules/{ruleId}/reset")
    String resetRule(@PathVariable String ruleId, RedirectAttributes redirect) {
        try {
            rules.reset(ruleId);
            redirect.addFlashAttribute("ruleSaved", ruleId);
        } catch (InvalidRuleChangeException e) {
            refused(e, redirect, "rule");
        }
        return "redirect:/admin#rules";
    }

    /**
     * Enables an account at once; disabling asks first (the page shows the question beside the account, and only a
     * post with {@code confirmed} disables it).
     */
    @PostMapping("/admin/users/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled,
                  @RequestParam(defaultValue = "false") boolean confirmed, Principal principal,
                  RedirectAttributes redirect) {
        if (accounts.find(username).isEmpty()) {
            throw WebRequestException.notFound("web.error.user-unknown", username);
        }
        if (!enabled && !confirmed) {
            redirect.addFlashAttribute("confirmDisable", username);
            return "redirect:/admin#users";
        }
        try {
            accounts.setEnabled(username, enabled, principal.getName());
            redirect.addFlashAttribute("saved", username);
        } catch (InvalidAccountException e) {
            refused(e, redirect);
        }
        return "redirect:/admin#users";
    }

    /** The page shows again, saying what was wrong beside the accounts. */
    private static void refused(TextException e, RedirectAttributes redirect) {
        refused(e, redirect, "account");
    }

    /** The page shows again, saying what was wrong in its {@code section}, where the person is looking. */
    private static void refused(TextException e, RedirectAttributes redirect, String section) {
        redirect.addFlashAttribute(section + "Problem", e.key());
        redirect.addFlashAttribute(section + "ProblemArgs", java.util.Arrays.stream(e.args())
                .map(a -> a instanceof String text ? WebRequestException.echo(text) : a).toArray());
    }
}
