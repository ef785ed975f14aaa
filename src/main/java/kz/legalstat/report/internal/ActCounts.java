package kz.legalstat.report.internal;

import java.math.BigDecimal;

/** The counts of one row of the supervision-acts tables, this period and the same period last year. */
record ActCounts(long issued, long issuedPrev, long considered, long satisfied, long partially, long rejected,
                 long withdrawnAppealed, long pending, long overdue, long satisfiedPrev, long disciplined,
                 long revoked, BigDecimal amount) {

    static final ActCounts NONE = new ActCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO);

    ActCounts plus(ActCounts o) {
        return new ActCounts(issued + o.issued, issuedPrev + o.issuedPrev, considered + o.considered,
                satisfied + o.satisfied, partially + o.partially, rejected + o.rejected,
                withdrawnAppealed + o.withdrawnAppealed, pending + o.pending, overdue + o.overdue,
                satisfiedPrev + o.satisfiedPrev, disciplined + o.disciplined, revoked + o.revoked,
                amount.add(o.amount));
    }
}
