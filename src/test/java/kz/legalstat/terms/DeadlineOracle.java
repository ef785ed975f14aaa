package kz.legalstat.terms;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A reference implementation of the terms of the law, for the tests only: a loop over the oracle's calendar, day by
 * day, with the statutory terms written out as the law states them. It shares no code and no SQL with LegalStat, so
 * that a misreading of the law in one does not hide in the other.
 *
 * <p>The "extended" terms add the versions the tests load to try months, working days and a new version of a term
 * from a date: demands to persons 1 month, to legal entities 2 months (the prosecutor may write another), explanations
 * to officials 5 working days, appeals to state bodies 10 working days, protests issued from 1 July 2026 15 days
 * (at least 15).
 */
final class DeadlineOracle {

    enum Unit { CALENDAR_DAYS, WORKING_DAYS, MONTHS }

    /** A term as the act takes it: how long, in what, and from which day. */
    record Term(int length, Unit unit) {
    }

    /** What an act is, as far as its deadlines go. */
    record Act(String type, String addresseeKind, LocalDate issuedOn, LocalDate receivedOn, Integer termDays,
               LocalDate consideredOn, LocalDate reportedOn) {

        LocalDate start() {
            return receivedOn != null ? receivedOn : issuedOn;
        }
    }

    enum Status { PENDING, UNANSWERED, CONSIDERED, CONSIDERED_LATE, REPORTED_LATE }

    /** An act's status on a day and how many days late it is then (null when it is not overdue). */
    record Standing(Status status, Integer daysLate) {
    }

    private final OracleCalendar calendar;
    private final boolean extended;

    DeadlineOracle(OracleCalendar calendar, boolean extended) {
        this.calendar = calendar;
        this.extended = extended;
    }

    /** The term the act runs on, or null when it has none. */
    Term term(Act act) {
        Integer written = act.termDays();
        switch (act.type()) {
            case "PROTEST":
                if ("COURT".equals(act.addresseeKind())) {
                    return null; // procedural law, not this one
                }
                // at least 10 calendar days, the prosecutor may set a longer term (Art. 19(3));
                // in the extended terms, protests issued from 1 July 2026: at least 15
                int minimum = extended && !act.issuedOn().isBefore(LocalDate.of(2026, 7, 1)) ? 15 : 10;
                return new Term(written == null ? minimum : Math.max(written, minimum), Unit.CALENDAR_DAYS);
            case "SUBMISSION":
                // the prosecutor's term, not later than 30 calendar days (Art. 25(2))
                return new Term(written == null ? 30 : Math.min(written, 30), Unit.CALENDAR_DAYS);
            case "WARNING":
            case "APPEAL":
            case "EXPLANATION":
                if (extended && act.type().equals("EXPLANATION") && "OFFICIAL".equals(act.addresseeKind())) {
                    return new Term(5, Unit.WORKING_DAYS);
                }
                if (extended && act.type().equals("APPEAL") && "STATE_BODY".equals(act.addresseeKind())) {
                    return new Term(10, Unit.WORKING_DAYS);
                }
                return null; // no term in the law, whatever a register writes
            case "INSTRUCTION":
            case "RESOLUTION":
            case "DEMAND":
                if (written != null) {
                    return new Term(written, Unit.CALENDAR_DAYS);
                }
                if (extended && act.type().equals("DEMAND") && "INDIVIDUAL".equals(act.addresseeKind())) {
                    return new Term(1, Unit.MONTHS);
                }
                if (extended && act.type().equals("DEMAND") && "LEGAL_ENTITY".equals(act.addresseeKind())) {
                    return new Term(2, Unit.MONTHS);
                }
                return null;
            default:
                throw new IllegalArgumentException("no such act type " + act.type());
        }
    }

    /** The deadline of the act's answer, or null when it has no term. */
    LocalDate deadline(Act act) {
        Term term = term(act);
        return term == null ? null : rolledForward(lastDay(act.start(), term));
    }

    /** The deadline for telling the prosecutor the result: 3 working days after consideration, for submissions. */
    LocalDate reportDeadline(Act act) {
        if (!act.type().equals("SUBMISSION") || act.consideredOn() == null) {
            return null;
        }
        return lastDay(act.consideredOn(), new Term(3, Unit.WORKING_DAYS));
    }

    /** The last day of a term started on {@code start}, before any roll forward. */
    LocalDate lastDay(LocalDate start, Term term) {
        switch (term.unit()) {
            case CALENDAR_DAYS:
                LocalDate day = start;
                for (int i = 0; i < term.length(); i++) {
                    day = day.plusDays(1);
                }
                return day;
            case MONTHS:
                YearMonth month = YearMonth.from(start).plusMonths(term.length());
                return month.atDay(Math.min(start.getDayOfMonth(), month.lengthOfMonth()));
            case WORKING_DAYS:
                LocalDate working = start;
                int counted = 0;
                while (counted < term.length()) {
                    working = working.plusDays(1);
                    if (calendar.isWorking(working)) {
                        counted++;
                    }
                }
                return working;
            default:
                throw new IllegalStateException();
        }
    }

    /** The day itself when it is a working day, else the first working day after it. */
    LocalDate rolledForward(LocalDate day) {
        LocalDate rolled = day;
        while (!calendar.isWorking(rolled)) {
            rolled = rolled.plusDays(1);
        }
        return rolled;
    }

    /** The act's status on {@code asOf}, as the reports define it. */
    Standing standing(Act act, LocalDate asOf) {
        LocalDate deadline = deadline(act);
        LocalDate reportDeadline = reportDeadline(act);
        boolean considered = act.consideredOn() != null && !act.consideredOn().isAfter(asOf);
        if (!considered) {
            return deadline != null && deadline.isBefore(asOf)
                    ? new Standing(Status.UNANSWERED, daysBetween(deadline, asOf))
                    : new Standing(Status.PENDING, null);
        }
        int consideredLate = deadline != null && act.consideredOn().isAfter(deadline)
                ? daysBetween(deadline, act.consideredOn()) : 0;
        int reportedLate = 0;
        if (reportDeadline != null) {
            boolean reported = act.reportedOn() != null && !act.reportedOn().isAfter(asOf);
            if (reported && act.reportedOn().isAfter(reportDeadline)) {
                reportedLate = daysBetween(reportDeadline, act.reportedOn());
            } else if (!reported && reportDeadline.isBefore(asOf)) {
                reportedLate = daysBetween(reportDeadline, asOf);
            }
        }
        if (consideredLate == 0 && reportedLate == 0) {
            return new Standing(Status.CONSIDERED, null);
        }
        return new Standing(consideredLate > 0 ? Status.CONSIDERED_LATE : Status.REPORTED_LATE,
                Math.max(consideredLate, reportedLate));
    }

    private static int daysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            days++;
        }
        return days;
    }
}
