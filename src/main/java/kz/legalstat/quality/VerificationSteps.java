package kz.legalstat.quality;

import org.springframework.batch.core.step.Step;

/**
 * The verification as a job composes it: the rules step, then the decision on the units its errors keep out.
 *
 * @param rules    runs every enabled rule of the catalogue for the month
 * @param decision {@link BlockedUnitsDecider#UNITS_BLOCKED} when some units' data is kept out, else COMPLETED
 */
public record VerificationSteps(Step rules, BlockedUnitsDecider decision) {
}
