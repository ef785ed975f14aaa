package kz.legalstat.quality;

import java.util.List;

import kz.legalstat.reference.Severity;

/**
 * The findings of one verification run, counted per rule and severity, and the units whose errors keep their
 * data out of the month's reports until corrected.
 */
public record VerifyResult(long runId, String period, List<RuleCount> rules, List<BlockedUnit> blockedUnits) {

    /** The job execution context key under which a verification keeps the id of its run. */
    static final String RUN_ID_KEY = "verify.runId";

    public record BlockedUnit(String unit, int errors) {
    }

    public record RuleCount(String rule, Severity severity, long findings, String nameKk, String nameRu) {
    }

    public long count(Severity severity) {
        return rules.stream().filter(r -> r.severity() == severity).mapToLong(RuleCount::findings).sum();
    }
}
