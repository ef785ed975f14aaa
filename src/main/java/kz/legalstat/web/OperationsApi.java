package kz.legalstat.web;

import java.security.Principal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import kz.legalstat.account.Account;
import kz.legalstat.quality.Completeness;
import kz.legalstat.quality.Findings;
import kz.legalstat.quality.RuleCatalogue;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.schedule.Runs;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Runs and data quality for the office's other systems. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Operations", description = "Runs of the jobs, completeness and findings")
class OperationsApi {

    private final Runs runs;
    private final RunPages.RunRestarts restarts;
    private final Completeness completeness;
    private final Findings findings;
    private final ReferenceData reference;
    private final SignedIn signedIn;
    private final RuleCatalogue rules;

    OperationsApi(Runs runs, RunPages.RunRestarts restarts, Completeness completeness, Findings findings,
                  ReferenceData reference, SignedIn signedIn, RuleCatalogue rules) {
        this.rules = rules;
        this.runs = runs;
        this.restarts = restarts;
        this.completeness = completeness;
        this.findings = findings;
        this.reference = reference;
        this.signedIn = signedIn;
    }

    @GetMapping("/runs")
    @Operation(summary = "The latest runs: status, duration, files and rows taken, findings, reports written")
    List<Runs.Run> runs(@RequestParam(defaultValue = "50") int limit, Principal principal) {
        Account account = signedIn.account(principal);
        return runs.latest(Math.max(1, Math.min(limit, 500))).stream().map(r -> ServerPaths.shown(r, account)).toList();
    }

    @PostMapping("/runs/{id}/restart")
    @Operation(summary = "Restart a failed run from the step that did not finish (operators)")
    @ApiResponse(responseCode = "202", description = "Accepted: the run restarts in the background")
    ResponseEntity<Map<String, Object>> restart(@PathVariable long id, Principal principal) {
        restarts.restart(id, principal.getName());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("restarting", id));
    }

    @GetMapping("/quality/{period}/completeness")
    @Operation(summary = "Per unit and kind: ON_TIME, LATE, CORRECTED, MISSING, REJECTED or NOT_REQUIRED")
    Map<String, Map<String, Completeness.Status>> completeness(@PathVariable String period,
                                                               @RequestParam(required = false) String region,
                                                               Principal principal) {
        Account account = signedIn.account(principal);
        return completeness.of(ReportOrder.period(period), ReportOrder.region(text(region), account, reference));
    }

    @GetMapping("/quality/{period}/findings")
    @Operation(summary = "Findings of the month's latest verification, errors first")
    List<Findings.Finding> findings(@PathVariable String period, @RequestParam(required = false) String region,
                                    @RequestParam(required = false) String unit,
                                    @RequestParam(required = false) String rule,
                                    @RequestParam(required = false) String severity,
                                    @RequestParam(defaultValue = "1000") int limit, Principal principal) {
        Account account = signedIn.account(principal);
        String regionCode = ReportOrder.region(text(region), account, reference);
        if (unit != null && !unit.isBlank() && !account.mayRead(unit.trim())) {
            throw WebRequestException.forbidden("web.error.region-forbidden", unit, account.regionScope());
        }
        return findings.of(ReportOrder.period(period), new Findings.Filter(regionCode, unit,
                        FindingFilters.rule(rule, rules.all()), FindingFilters.severity(severity)),
                Math.max(1, Math.min(limit, 100_000))).stream().map(f -> ServerPaths.shown(f, account)).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }
}
