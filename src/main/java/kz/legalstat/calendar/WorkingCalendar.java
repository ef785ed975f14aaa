package kz.legalstat.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;
import kz.legalstat.reference.OfficeCsv;
import kz.legalstat.reference.OfficeFileProblem;
import kz.legalstat.reference.OfficeFileRejectedException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The calendar table (V4) as the office keeps it: a year is loaded whole from the official calendar, replacing what
 * was there, and only when the file holds together; every act's deadlines are derived again before it commits.
 */
@Component
public class WorkingCalendar {

    /** Years outside these are a typing mistake, not a calendar. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A loaded year: its source, whether it is provisional (only the days the law fixes, shipped until the office
     * loads the official calendar), and how many days of each kind it has.
     */
    public record Year(int year, String source, boolean provisional, int workingDays, int daysOff, int holidays,
                       int carriedDaysOff, int decreeDaysOff, int decreeWorkdays) {
    }

    /** What a load did: the year as now loaded, whether it replaced a year loaded before, and what looks odd. */
    public record Loaded(Year year, boolean replaced, List<OfficeFileProblem> warnings) {

        /** The year loaded or replaced, with its count of days of each kind, in a person's words. */
        public String text(Texts texts, Lang lang) {
            return texts.get(lang, replaced ? "calendar.replaced" : "calendar.loaded",
                    String.valueOf(year.year()), year.workingDays(), year.daysOff(), year.holidays(),
                    year.carriedDaysOff(), year.decreeDaysOff(), year.decreeWorkdays());
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    WorkingCalendar(JdbcClient jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.events = events;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Loads {@code year} from a calendar file, every day not listed in it a working day from Monday to Friday.
     * Refused whole, the calendar unchanged, when the file or the year does not hold together.
     */
    public Loaded load(int year, String source, Path file) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new OfficeFileRejectedException("calendar.year.out-of-range", String.valueOf(year),
                    String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        if (source == null || source.isBlank()) {
            throw new OfficeFileRejectedException("calendar.source.missing");
        }
        List<OfficeFileProblem> problems = new ArrayList<>();
        List<CalendarFile.Day> days = CalendarFile.read(file, year, problems);
        List<OfficeFileProblem> warnings = new ArrayList<>();
        checkHolidays(year, days, problems, warnings);
        return transaction.execute(status -> {
            // two loads take turns, and the years they check against stay as read
            jdbc.sql("LOCK TABLE calendar_year, calendar_day IN SHARE ROW EXCLUSIVE MODE").update();
            List<Integer> loaded = loadedYears();
            boolean replaced = loaded.contains(year);
            if (!loaded.isEmpty() && !replaced) {
                int first = loaded.get(0);
                int last = loaded.get(loaded.size() - 1);
                // working days are counted across the years loaded: a year missing between them would be skipped
                if (year < first - 1 || year > last + 1) {
                    String missing = String.valueOf(year < first ? first - 1 : last + 1);
                    problems.add(new OfficeFileProblem(null, "calendar.year.not-adjacent", String.valueOf(year),
                            String.valueOf(first), String.valueOf(last), missing));
                }
            }
            if (!problems.isEmpty()) {
                throw new OfficeFileRejectedException(problems);
            }
            replace(year, source.strip(), days);
            // every deadline the year moves, derived again before this commits: readers never see a mix
            events.publishEvent(new CalendarChanged(year));
            return new Loaded(year(year), replaced, warnings);
        });
    }

    private record Holiday(LocalDate day, String nameKk, String nameRu) {
    }

    /** Every statutory holiday of the year listed as one; a year with no other holiday lacks Kurban Ait, likely. */
    private void checkHolidays(int year, List<CalendarFile.Day> days, List<OfficeFileProblem> problems,
                               List<OfficeFileProblem> warnings) {
        Set<LocalDate> holidays = days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).map(CalendarFile.Day::day)
                .collect(Collectors.toSet());
        List<Holiday> statutory = jdbc.sql("SELECT make_date(?, month, day) AS day, name_kk, name_ru "
                + "FROM calendar_statutory_holiday WHERE ? BETWEEN first_year AND coalesce(last_year, ?) "
                + "ORDER BY month, day").params(year, year, year).query(Holiday.class).list();
        for (Holiday holiday : statutory) {
            if (!holidays.contains(holiday.day())) {
                problems.add(new OfficeFileProblem(null, "calendar.year.holiday-missing",
                        CalendarFile.SHOWN.format(holiday.day()), holiday.nameKk(), holiday.nameRu()));
            }
        }
        if (statutory.stream().map(Holiday::day).collect(Collectors.toSet()).containsAll(holidays)) {
            warnings.add(new OfficeFileProblem(null, "calendar.year.no-movable-holiday", String.valueOf(year)));
        }
    }

    private void replace(int year, String source, List<CalendarFile.Day> days) {
        List<Map<String, Object>> listed = days.stream().map(d -> {
            Map<String, Object> day = new HashMap<>();
            day.put("day", d.day().toString());
            day.put("kind", d.kind().name());
            day.put("is_working", d.kind().working);
            day.put("note_kk", d.noteKk());
            day.put("note_ru", d.noteRu());
            return day;
        }).toList();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        jdbc.sql("DELETE FROM calendar_day WHERE day BETWEEN ? AND ?").params(first, last).update();
        jdbc.sql("""
                INSERT INTO calendar_day (day, is_working, kind, note_kk, note_ru)
                SELECT d.day, coalesce(f.is_working, extract(isodow FROM d.day) < 6),
                       coalesce(f.kind, CASE WHEN extract(isodow FROM d.day) < 6 THEN 'WORKDAY' ELSE 'WEEKEND' END),
                       f.note_kk, f.note_ru
                FROM (SELECT CAST(g AS date) AS day FROM generate_series(CAST(? AS date), CAST(? AS date),
                                                                         INTERVAL '1 day') AS g) AS d
                LEFT JOIN jsonb_to_recordset(CAST(? AS jsonb))
                          AS f (day date, kind text, is_working boolean, note_kk text, note_ru text)
                       ON f.day = d.day""")
                .params(first, last, JSON.writeValueAsString(listed)).update();
        jdbc.sql("""
                INSERT INTO calendar_year (year, source) VALUES (?, ?)
                ON CONFLICT (year) DO UPDATE SET source = excluded.source, provisional = false""")
                .params(year, source).update();
    }

    /**
     * The year whose official calendar is wanted and not loaded (a provisional one is not enough): this year, or from
     * November the next one, in which the deadlines of acts issued now begin to fall.
     */
    public Optional<Integer> missingYear(YearMonth now) {
        return missingYear(jdbc.sql("SELECT year FROM calendar_year WHERE NOT provisional ORDER BY year")
                .query(Integer.class).list(), now);
    }

    /**
     * Whether {@code year} is loaded only provisionally (the days the law fixes, before the Government's decree on
     * moved days off): its deadlines are counted and marked provisional, not left uncounted.
     */
    public boolean isProvisional(int year) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM calendar_year WHERE year = ? AND provisional)").param(year)
                .query(Boolean.class).single();
    }

    /** The same, among the years already read. */
    public static Optional<Integer> missingYear(List<Integer> loaded, YearMonth now) {
        if (!loaded.contains(now.getYear())) {
            return Optional.of(now.getYear());
        }
        return now.getMonthValue() >= 11 && !loaded.contains(now.getYear() + 1) ? Optional.of(now.getYear() + 1)
                : Optional.empty();
    }

    /** The years loaded, in order, with their counts of days. */
    public List<Year> years() {
        return jdbc.sql(YEARS + " ORDER BY y.year").query(Year.class).list();
    }

    Year year(int year) {
        return jdbc.sql(YEARS + " HAVING y.year = ?").param(year).query(Year.class).single();
    }

    private static final String YEARS = """
            SELECT y.year, y.source, y.provisional,
                   count(*) FILTER (WHERE d.is_working) AS working_days,
                   count(*) FILTER (WHERE NOT d.is_working) AS days_off,
                   count(*) FILTER (WHERE d.kind = 'HOLIDAY') AS holidays,
                   count(*) FILTER (WHERE d.kind = 'CARRIED_DAY_OFF') AS carried_days_off,
                   count(*) FILTER (WHERE d.kind = 'DECREE_DAY_OFF') AS decree_days_off,
                   count(*) FILTER (WHERE d.kind = 'DECREE_WORKDAY') AS decree_workdays
            FROM calendar_year y
            JOIN calendar_day d ON d.day BETWEEN make_date(y.year, 1, 1) AND make_date(y.year, 12, 31)
            GROUP BY y.year, y.source, y.provisional""";

    private List<Integer> loadedYears() {
        return jdbc.sql("SELECT year FROM calendar_year ORDER BY year").query(Integer.class).list();
    }

    /**
     * A loaded year as a calendar file (UTF-8 with BOM, {@code ;}, as Excel opens it): the days that differ from the
     * five-day week. Loaded back unchanged, it gives the same year.
     */
    public byte[] export(int year) {
        List<Integer> loaded = loadedYears();
        if (!loaded.contains(year)) {
            throw new OfficeFileRejectedException("calendar.year.unknown", String.valueOf(year),
                    loaded.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        List<List<String>> days = jdbc.sql("""
                SELECT day, kind, note_kk, note_ru FROM calendar_day
                WHERE day BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31) AND kind NOT IN ('WORKDAY', 'WEEKEND')
                ORDER BY day""").params(year, year)
                .query((rs, n) -> Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        return OfficeCsv.write(CalendarFile.HEADER, days);
    }
}
