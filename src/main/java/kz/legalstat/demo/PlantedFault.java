package kz.legalstat.demo;

import java.time.YearMonth;

import kz.legalstat.reference.SubmissionKind;

/**
 * A mistake the demo makes on purpose, as real units make it, and the finding it must produce: the rule,
 * the unit, and the file and row where there is one; for a file not sent, its kind.
 */
public record PlantedFault(String rule, String unitCode, String file, Integer row, String description,
                           String missingKind) {

    PlantedFault(String rule, String unitCode, String file, Integer row, String description) {
        this(rule, unitCode, file, row, description, null);
    }

    static PlantedFault notSent(String unitCode, SubmissionKind kind, YearMonth period) {
        return new PlantedFault("SUBMISSION_MISSING", unitCode, null, null, kind.code() + " of " + period + " not sent",
                kind.code());
    }
}
