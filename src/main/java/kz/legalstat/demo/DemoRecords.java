package kz.legalstat.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import kz.legalstat.reference.Unit;

/**
 * Registered criminal offences of a region's territory. A region's extract of a month carries the records
 * registered in it and those decided in it (the latest row of a record wins).
 */
final class DemoRecords {

    private static final String[][] ARTICLES = {
            {"188-1", "MINOR"}, {"188-2", "MEDIUM"}, {"190-2", "MEDIUM"}, {"190-4", "GRAVE"}, {"106-1", "MEDIUM"},
            {"293-1", "MINOR"}, {"297-1", "GRAVE"}, {"99-1", "ESPECIALLY_GRAVE"}, {"366-1", "GRAVE"},
            {"109-1", "MISDEMEANOR"}, {"73-1", "MISDEMEANOR"}, {"200-1", "MEDIUM"}};

    private DemoRecords() {
    }

    static List<DemoRecord> generate(Random random, Unit region, List<Unit> units, YearMonth period, LocalDate horizon) {
        List<DemoRecord> records = new ArrayList<>();
        int sequence = 0;
        for (int year : new int[] {period.getYear() - 1, period.getYear()}) {
            for (int month = 1; month <= period.getMonthValue(); month++) {
                int count = 4 * units.size() + random.nextInt(3 * units.size() + 1);
                for (int i = 0; i < count; i++) {
                    String[] article = ARTICLES[random.nextInt(ARTICLES.length)];
                    LocalDate registered = DemoSubmissions.workingDayIn(random, YearMonth.of(year, month));
                    LocalDate decided = registered.plusDays(10 + random.nextInt(90));
                    int roll = random.nextInt(10);
                    String status = decided.isAfter(horizon) || roll < 4 ? "INVESTIGATION"
                            : roll < 7 ? "SENT_TO_COURT" : roll < 9 ? "TERMINATED" : "SUSPENDED";
                    String id = String.format("%02d%s%07d", year % 100, region.code(), ++sequence);
                    records.add(new DemoRecord(id, units.get(random.nextInt(units.size())).code(), registered,
                            article[0], article[1], status, "INVESTIGATION".equals(status) ? null : decided));
                }
            }
        }
        return records;
    }

    /** The rows of a month's extract: registered in it (status as of its end) or decided in it. */
    static List<String[]> rowsOf(List<DemoRecord> records, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        List<String[]> rows = new ArrayList<>();
        for (DemoRecord r : records) {
            boolean registeredNow = YearMonth.from(r.registeredOn()).equals(month);
            boolean decidedNow = r.decidedOn() != null && YearMonth.from(r.decidedOn()).equals(month);
            if (registeredNow || decidedNow) {
                boolean decided = r.decidedOn() != null && !r.decidedOn().isAfter(end);
                rows.add(decided ? r.columns() : new DemoRecord(r.recordId(), r.unitCode(), r.registeredOn(),
                        r.article(), r.category(), "INVESTIGATION", null).columns());
            }
        }
        return rows;
    }
}
