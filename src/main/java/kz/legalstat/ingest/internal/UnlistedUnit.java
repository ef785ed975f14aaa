package kz.legalstat.ingest.internal;

import java.time.YearMonth;
import java.util.Optional;

import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.ReferenceData.Unlisted;

/**
 * Why a file or a row may not come from a unit in its month, as the end of a message key ({@code ingest.file.} or
 * {@code ingest.row.}) and the message's arguments: the list in force in the month does not hold the unit.
 */
record UnlistedUnit(String reason, Object[] args) {

    /** Empty when the list in force in {@code month} holds the unit, or no list knows it. */
    static Optional<UnlistedUnit> find(ReferenceData reference, String code, YearMonth month) {
        return reference.unlisted(code, month).map(why -> of(code, why));
    }

    private static UnlistedUnit of(String code, Unlisted why) {
        if (why.closedFrom() == null) {
            return new UnlistedUnit("unit-listed-later", new Object[] {code, String.valueOf(why.listedFrom())});
        }
        if (why.listedFrom() == null) {
            return new UnlistedUnit("closed-unit", new Object[] {code, why.closedFrom().toString()});
        }
        return new UnlistedUnit("closed-unit-between", new Object[] {code, why.closedFrom().toString(),
                why.listedFrom().minusMonths(1).toString()});
    }
}
