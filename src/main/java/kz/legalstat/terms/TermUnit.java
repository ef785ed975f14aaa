package kz.legalstat.terms;

import java.util.Arrays;
import java.util.Optional;

/** What a term is counted in. */
public enum TermUnit {
    /** Days in a row, the term ending on the N-th day after its start. */
    CALENDAR_DAYS,
    /** Working days of the calendar, skipping weekends, holidays and days off moved by decree. */
    WORKING_DAYS,
    /** Calendar months: the same-numbered day N months later, or that month's last day when it has none. */
    MONTHS;

    static Optional<TermUnit> parse(String text) {
        return Arrays.stream(values()).filter(u -> u.name().equalsIgnoreCase(text.strip())).findFirst();
    }
}
