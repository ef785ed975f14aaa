package kz.legalstat.calendar;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * A calendar file: the days of one year that differ from the five-day week, one per line, under the header
 * {@code day;kind;note_kk;note_ru} ({@code ,} also separates; the notes may be left out). CSV UTF-8, as Excel saves
 * it. Read whole and strictly: every line's problems are found, not only the first.
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
    static List<Day> read(Path file, int year, List<CalendarProblem> problems) {
        String text = text(file);
        CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator(text)).skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false).ofCsvRecord(text);
        List<Day> days = new ArrayList<>();
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        try {
            var records = csv.iterator();
            Map<String, Integer> columns = columns(records.hasNext() ? records.next().getFields() : List.of());
            while (records.hasNext()) {
                CsvRecord record = records.next();
                int line = (int) record.getStartingLineNumber();
                LocalDate date = date(field(record.getFields(), columns.get("day")));
                if (date != null) {
                    years.add(date.getYear());
                }
                Day day = day(line, date, record.getFields(), columns, year, problems);
                if (day == null) {
                    continue;
                }
                Integer earlier = lineOf.putIfAbsent(day.day(), line);
                if (earlier != null) {
                    problems.add(new CalendarProblem(line, "calendar.row.twice", SHOWN.format(day.day()), earlier));
                } else {
                    days.add(day);
                }
            }
        } catch (CsvParseException e) {
            throw new CalendarRejectedException("calendar.file.bad-quotes", file);
        }
        otherYearOnly(year, years);
        return days;
    }

    /** A file whose every date is of one other year is that year's calendar: --year is what is wrong, not each line. */
    private static void otherYearOnly(int year, Set<Integer> years) {
        if (years.size() == 1 && !years.contains(year)) {
            throw new CalendarRejectedException("calendar.file.other-year", String.valueOf(year),
                    String.valueOf(years.iterator().next()));
        }
    }

    /** The line's day, or null when the line has a problem: its date as read, null when it is no date. */
    private static Day day(int line, LocalDate day, List<String> fields, Map<String, Integer> columns, int year,
                           List<CalendarProblem> problems) {
        String dayText = field(fields, columns.get("day"));
        String kindText = field(fields, columns.get("kind"));
        DayKind kind = DayKind.parse(kindText).orElse(null);
        int found = problems.size();
        if (day == null) {
            problems.add(new CalendarProblem(line, "calendar.row.date", dayText));
        } else if (day.getYear() != year) {
            problems.add(new CalendarProblem(line, "calendar.row.other-year", SHOWN.format(day),
                    String.valueOf(year)));
        }
        if (kind == null) {
            problems.add(new CalendarProblem(line, "calendar.row.kind", kindText));
        } else if (day != null && !kind.fits(day)) {
            problems.add(new CalendarProblem(line, kind.working ? "calendar.row.workday-on-weekday"
                    : "calendar.row.day-off-on-weekend", SHOWN.format(day), kind.name()));
        }
        return problems.size() > found ? null
                : new Day(day, kind, note(fields, columns.get("note_kk")), note(fields, columns.get("note_ru")));
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : HEADER.subList(0, 2)) {
            if (!columns.containsKey(required)) {
                throw new CalendarRejectedException("calendar.file.no-column", required);
            }
        }
        return columns;
    }

    private static String text(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new CalendarRejectedException("calendar.file.too-large", file, MAX_BYTES / 1024);
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new CalendarRejectedException("calendar.file.not-utf8", file);
        } catch (IOException e) {
            throw new CalendarRejectedException("calendar.file.unreadable", file, e.getMessage());
        }
    }

    /** The header's separator: {@code ;} as Excel writes CSV in Kazakhstan, or {@code ,}. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).indexOf(';') >= 0 ? ';' : ',';
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

    private static String field(List<String> fields, Integer column) {
        return column == null || column >= fields.size() ? "" : fields.get(column);
    }

    private static String note(List<String> fields, Integer column) {
        String note = field(fields, column).strip();
        return note.isEmpty() ? null : note;
    }
}
