package kz.legalstat.report;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * What a month's figures rest on, for a page to show beside them: whether the month is still in progress
 * (preliminary), the verification whose blocks apply ({@code verificationId} null when none has run) and the units
 * it keeps out, with their error counts.
 */
public record FiguresBasis(YearMonth period, boolean preliminary, Long verificationId, YearMonth verifiedPeriod,
                           OffsetDateTime verifiedAt, List<KeptOut> keptOut) {

    /** A unit whose data is kept out of the figures until its errors are corrected. */
    public record KeptOut(String unitCode, int errors) {
    }

    public boolean verified() {
        return verificationId != null;
    }
}
