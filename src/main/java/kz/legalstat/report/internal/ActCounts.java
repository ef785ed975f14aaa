package kz.legalstat.report.internal;

import java.math.BigDecimal;

/** The counts of one row of the supervision-acts tables, this period and the same period last year. */
record ActCounts(long issued, long issuedPrev, long considered, long satisfied, long partially, long rejected,
                 long withdrawnAppealed, long pending, long unanswered, long consideredLate, long reportedLate,
                 long overdue, long consideredPrev, long satisfiedPrev, long disciplined, long revoked,
                 BigDecimal amount) {

    static final ActCounts NONE = new ActCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO);

    /** Satisfied in full or in part, this period. */
    long satisfiedAny() {
        return satisfied + partially;
    }
}
