package kz.legalstat.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.legalstat.reference.OfficeCsv;
import kz.legalstat.reference.OfficeFileProblem;
import kz.legalstat.reference.OfficeFileRejectedException;

/**
 * A calendar file: the days of one year that differ from the five-day week, one per line, under the header
 * {@code day;kind;note_kk;note_ru} ({@code ,} also separates; the notes may be left out). CSV UTF-8, as Excel saves
 * it ({@link OfficeCsv}). Every line's problems are found, not only the first.
 */
final class CalendarFile {

    /** A year has a few dozen such days: a file this large is not a calendar. */
    static final long MAX_BYTES = 1 << 20;

    static final List<String> HEADER = List.of("day", "kind", "note_kk", "note_ru");

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            SHOWN.withResolverStyle(ResolverStyle.STRICT));

    record Day(LocalDate day, DayKind kind, String noteKk, String noteRu) {
    }

    private CalendarFile() {
    }

    /** The file's days, all of {@code year}; problems found are added to {@code problems}. */
    static List<Day> read(Path file, int year, List<OfficeFileProblem> problems) {
        List<Day> days = new ArrayList<>();
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        for (OfficeCsv.Line line : OfficeCsv.read(file, MAX_BYTES, HEADER, 2)) {
            LocalDate date = date(line.get("day"));
            if (date != null) {
                years.add(date.getYear());
            }
            Day day = day(line, date, year, problems);
            if (day == null) {
                continue;
            }
            Integer earlier = lineOf.putIfAbsent(day.day(), line.number());
            if (earlier != null) {
                problems.add(new OfficeFileProblem(line.number(), "calendar.row.twice", SHOWN.format(day.day()),
                        earlier));
            } else {
                days.add(day);
            }
        }
        otherYearOnly(year, years);
        return days;
    }

    /** A file whose every date is of one other year is that year's calendar: --year is what is wrong, not each line. */
    private static void otherYearOnly(int year, Set<Integer> years) {
        if (years.size() == 1 && !years.contains(year)) {
            throw new OfficeFileRejectedException("calendar.file.other-year", String.valueOf(year),
                    String.valueOf(years.iterator().next()));
        }
    }

    /** The line's day, or null when the line has a problem: its date as read, null when it is no date. */
    private static Day day(OfficeCsv.Line line, LocalDate day, int year, List<OfficeFileProblem> problems) {
        String kindText = line.get("kind");
        DayKind kind = DayKind.parse(kindText).orElse(null);
        int found = problems.size();
        if (day == null) {
            problems.add(new OfficeFileProblem(line.number(), "calendar.row.date", line.get("day")));
        } else if (day.getYear() != year) {
            problems.add(new OfficeFileProblem(line.number(), "calendar.row.other-year", SHOWN.format(day),
                    String.valueOf(year)));
        }
        if (kind == null) {
            problems.add(new OfficeFileProblem(line.number(), "calendar.row.kind", kindText));
        } else if (day != null && !kind.fits(day)) {
            problems.add(new OfficeFileProblem(line.number(), kind.working ? "calendar.row.workday-on-weekday"
                    : "calendar.row.day-off-on-weekend", SHOWN.format(day), kind.name()));
        }
        return problems.size() > found ? null
                : new Day(day, kind, line.optional("note_kk"), line.optional("note_ru"));
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException notThisForm) {
                // the next form
            }
        }
        return null;
    }
}
