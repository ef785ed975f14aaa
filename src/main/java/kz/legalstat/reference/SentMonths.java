package kz.legalstat.reference;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;

/**
 * Which units have sent data for a month or later: a unit that has cannot be closed from that month. The units'
 * list asks; the feature that keeps what units send answers, so that this package reads no table of its own.
 */
public interface SentMonths {

    /**
     * For each unit named that has sent data for {@code from} or a later month (its own files, or rows of its
     * region's files that name it), the first such month; units that have not are left out.
     */
    Map<String, YearMonth> firstFrom(Collection<String> units, YearMonth from);
}
