package kz.legalstat.calendar;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import kz.legalstat.MonthData;
import kz.legalstat.PostgresTest;
import kz.legalstat.ingest.CurrentState;
import kz.legalstat.i18n.Lang;
import kz.legalstat.quality.QualityChecks;
import kz.legalstat.report.ReportName;
import kz.legalstat.report.ReportRequest;
import kz.legalstat.report.Reports;
import kz.legalstat.reference.OfficeFileProblem;
import kz.legalstat.reference.OfficeFileRejectedException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The office loads a year's official calendar from a file: December's acts then get deadlines in January, and a file
 * that does not hold together is refused whole, every mistake named with its line, the calendar left as it was.
 */
class WorkingCalendarTest extends PostgresTest {

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    CurrentState currentState;

    @Autowired
    QualityChecks checks;

    @Autowired
    Reports reports;

    @TempDir
    Path dir;

    private ShippedYears shipped;

    @BeforeEach
    void keepTheYearsTheMigrationsMade() {
        shipped = ShippedYears.take(jdbc);
    }

    @AfterEach
    void onlyTheMigrationsYearsRemain() {
        shipped.restore();
    }

    @Test
    void decembersActsGetProvisionalDeadlinesInJanuaryUntilTheOfficialYearIsLoaded() throws IOException {
        MonthData data = new MonthData(jdbc);
        long december = data.submission("acts", "1910", "2026-12-01");
        data.act(december, 2, "P-NEWYEAR", "PROTEST", "2026-12-28", "2026-12-28", null, null, null, null);
        currentState.refresh();
        // 28 December + 10 days = 7 January 2027, Orthodox Christmas, a Thursday: the term ends on Friday the 8th,
        // on the provisional 2027 the migrations ship (the days the law fixes)
        assertThat(deadline("P-NEWYEAR")).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(provisional("P-NEWYEAR")).isTrue();
        assertThat(calendar.missingYear(YearMonth.of(2026, 12))).hasValue(2027);
        // so the warning says it is counted provisionally, not that it is not counted at all
        assertThat(calendar.isProvisional(2027)).isTrue();
        long provisionalRun = checks.run(YearMonth.of(2026, 12), 0);
        assertThat(findings(provisionalRun, "ACT_CALENDAR_PROVISIONAL")).containsExactly("WARNING 2027-01-08 2027");
        assertThat(findings(provisionalRun, "ACT_CALENDAR_NOT_LOADED")).isEmpty();
        assertThat(dataLine(YearMonth.of(2026, 12))).contains("Сроки 1 актов исчислены по предварительному календарю");

        WorkingCalendar.Loaded loaded = calendar.load(2027, "Labour Code; test calendar", file(CalendarFiles.YEAR_2027));
        currentState.refresh();

        assertThat(deadline("P-NEWYEAR")).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(provisional("P-NEWYEAR")).isFalse();
        assertThat(calendar.missingYear(YearMonth.of(2026, 12))).isEmpty();
        assertThat(calendar.isProvisional(2027)).isFalse();
        long run = checks.run(YearMonth.of(2026, 12), 0);
        assertThat(findings(run, "ACT_CALENDAR_NOT_LOADED")).isEmpty();
        assertThat(findings(run, "ACT_CALENDAR_PROVISIONAL")).isEmpty();
        assertThat(dataLine(YearMonth.of(2026, 12))).doesNotContain("предварительному календарю");
        // 261 weekdays, of them 11 holidays and 4 days carried from holidays on a Saturday or Sunday
        assertThat(loaded.year()).isEqualTo(new WorkingCalendar.Year(2027, "Labour Code; test calendar", false, 246, 119, 15,
                4, 0, 0));
        assertThat(loaded.replaced()).as("the provisional year is replaced").isTrue();
        assertThat(loaded.warnings()).isEmpty();
        assertThat(jdbc.sql("SELECT kind || ' ' || coalesce(note_ru, '') FROM calendar_day WHERE day = DATE '2027-01-04'")
                .query(String.class).single()).isEqualTo("CARRIED_DAY_OFF Выходной за 2 января");
    }

    @Test
    void aYearWrittenOutAndLoadedBackIsTheSameYear() throws IOException {
        String before = year2026();
        String source = jdbc.sql("SELECT source FROM calendar_year WHERE year = 2026").query(String.class).single();
        Path file = dir.resolve("calendar-2026.csv");

        Files.write(file, calendar.export(2026));
        WorkingCalendar.Loaded loaded = calendar.load(2026, source, file);

        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).startsWith("\uFEFFday;kind;note_kk;note_ru\r\n")
                .contains("2026-03-09;CARRIED_DAY_OFF;8 наурыздан ауыстырылған демалыс;Выходной за 8 марта\r\n");
        assertThat(loaded.replaced()).isTrue();
        assertThat(year2026()).isEqualTo(before);
    }

    @Test
    void aFileWithMistakesIsRefusedWholeWithEveryMistakeAndItsLine() throws IOException {
        String mistakes = CalendarFiles.YEAR_2027.replace("2027-12-16;HOLIDAY;Тәуелсіздік күні;День Независимости\n", "") + """
                31.02.2027;HOLIDAY;;
                2026-12-31;DECREE_DAY_OFF;;
                2027-06-01;HOLYDAY;;
                2027-01-01;HOLIDAY;;
                2027-06-02;DECREE_WORKDAY;;
                2027-06-05;CARRIED_DAY_OFF;;
                """;

        assertThatThrownBy(() -> calendar.load(2027, "test", file(mistakes)))
                .isInstanceOfSatisfying(OfficeFileRejectedException.class, e -> assertThat(e.problems())
                        .extracting(OfficeFileProblem::line, OfficeFileProblem::key)
                        .containsExactly(
                                tuple(20, "calendar.row.date"),
                                tuple(21, "calendar.row.other-year"),
                                tuple(22, "calendar.row.kind"),
                                tuple(23, "calendar.row.twice"),
                                tuple(24, "calendar.row.workday-on-weekday"),
                                tuple(25, "calendar.row.day-off-on-weekend"),
                                tuple(null, "calendar.year.holiday-missing")));
        assertThat(jdbc.sql("SELECT json_agg(d) FROM calendar_day d WHERE day >= DATE '2027-01-01'").query(String.class)
                .single()).as("the provisional 2027 as shipped").isEqualTo(shipped.days());
        assertThat(jdbc.sql("SELECT provisional FROM calendar_year WHERE year = 2027").query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void theMistakesSayWhatIsWrongWithTheValueTheyQuote() throws IOException {
        OfficeFileRejectedException refused = refusal(CalendarFiles.YEAR_2027 + "2027-06-02;DECREE_WORKDAY;;\n", 2027);
        assertThat(refused.problems().get(0).args()).containsExactly("02.06.2027", "DECREE_WORKDAY");
        refused = refusal(CalendarFiles.YEAR_2027.replace("2027-12-16;HOLIDAY", "2027-12-17;HOLIDAY"), 2027);
        assertThat(refused.problems().get(0).args()).containsExactly("16.12.2027", "Тәуелсіздік күні",
                "День Независимости");
    }

    @Test
    void aYearNotNextToTheLoadedOnesWouldLeaveAGapInTheWorkingDaysAndIsRefused() throws IOException {
        OfficeFileRejectedException refused = refusal(CalendarFiles.YEAR_2027.replace("2027-", "2029-")
                .replace("07.01.2027", "07.01.2029"), 2029);

        assertThat(refused.problems()).extracting(OfficeFileProblem::key).contains("calendar.year.not-adjacent");
        assertThat(refused.problems().get(refused.problems().size() - 1).args())
                .containsExactly("2029", "2024", "2027", "2028");
        assertThat(refusal(CalendarFiles.YEAR_2027, 2207).problems()).extracting(OfficeFileProblem::key)
                .containsExactly("calendar.year.out-of-range");
    }

    @Test
    void aFileThatIsNoCalendarIsRefusedAsAWhole() throws IOException {
        Path windows1251 = dir.resolve("cp1251.csv");
        // as Excel saves «CSV (разделители — точки с запятой)» on a Russian Windows
        Files.writeString(windows1251, "day;kind;note_kk;note_ru\n2027-01-01;HOLIDAY;;Новый год\n",
                Charset.forName("windows-1251"));
        assertThat(keys(windows1251)).containsExactly("office-file.not-utf8");
        assertThat(keys(file(CalendarFiles.YEAR_2027.replace("day;kind;", "date;type;")))).containsExactly("office-file.no-column");
        assertThat(keys(file(CalendarFiles.YEAR_2027 + "2027-06-01;\"HOLIDAY;;\n"))).containsExactly("office-file.bad-quotes");
        // every line of another year: the year given is wrong, not each line
        assertThat(refusal(CalendarFiles.YEAR_2027, 2026).problems()).extracting(OfficeFileProblem::key, OfficeFileProblem::args)
                .containsExactly(tuple("calendar.file.other-year", new Object[] {"2026", "2027"}));
    }

    @Test
    void aYearWithoutAMovableHolidayIsLoadedWithAWarning() throws IOException {
        WorkingCalendar.Loaded loaded = calendar.load(2027, "test",
                file(CalendarFiles.YEAR_2027.replace("2027-05-17;HOLIDAY;Құрбан айттың бірінші күні;Первый день Курбан айта\n", "")));

        assertThat(loaded.warnings()).extracting(OfficeFileProblem::key).containsExactly("calendar.year.no-movable-holiday");
        assertThat(loaded.year().workingDays()).isEqualTo(247);
    }

    @Test
    void theYearAbsentIsTheCurrentOneOrFromNovemberTheNext() {
        List<Integer> loaded = List.of(2024, 2025, 2026);

        assertThat(WorkingCalendar.missingYear(loaded, YearMonth.of(2026, 10))).isEmpty();
        assertThat(WorkingCalendar.missingYear(loaded, YearMonth.of(2026, 11))).hasValue(2027);
        assertThat(WorkingCalendar.missingYear(loaded, YearMonth.of(2027, 2))).hasValue(2027);
        assertThat(WorkingCalendar.missingYear(List.of(2024, 2025, 2026, 2027), YearMonth.of(2026, 12))).isEmpty();
    }

    private List<String> keys(Path file) {
        try {
            calendar.load(2027, "test", file);
        } catch (OfficeFileRejectedException e) {
            return e.problems().stream().map(OfficeFileProblem::key).toList();
        }
        throw new AssertionError("loaded " + file);
    }

    private OfficeFileRejectedException refusal(String content, int year) throws IOException {
        Path file = file(content);
        try {
            calendar.load(year, "test", file);
        } catch (OfficeFileRejectedException e) {
            return e;
        }
        throw new AssertionError("loaded " + year);
    }

    private Path file(String content) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "calendar", ".csv"), content, StandardCharsets.UTF_8);
    }

    private String year2026() {
        return jdbc.sql("""
                SELECT string_agg(day || ' ' || is_working || ' ' || kind || ' ' || coalesce(note_kk, '-') || ' '
                                  || coalesce(note_ru, '-'), E'\\n' ORDER BY day)
                FROM calendar_day WHERE day BETWEEN DATE '2026-01-01' AND DATE '2026-12-31'""")
                .query(String.class).single();
    }

    /** The data line of the supervision-acts report of the month: what the figures rest on. */
    private String dataLine(YearMonth month) throws IOException {
        Path file = dir.resolve("supervision-acts-" + System.nanoTime() + ".xlsx");
        reports.write(new ReportRequest(ReportName.SUPERVISION_ACTS, month, Lang.ru, null, null, file, "test"));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            // the data line: the title block's last text on its row, after its label
            String line = null;
            for (var cell : workbook.getSheetAt(0).getRow(6)) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    line = cell.getStringCellValue();
                }
            }
            return line;
        }
    }

    private boolean provisional(String actId) {
        return jdbc.sql("SELECT deadline_provisional FROM act WHERE act_id = ?").param(actId).query(Boolean.class)
                .single();
    }

    private List<String> findings(long run, String rule) {
        return jdbc.sql("SELECT severity || ' ' || expected || ' ' || actual FROM finding WHERE run_id = ? AND rule_id = ?")
                .params(run, rule).query(String.class).list();
    }

    private LocalDate deadline(String actId) {
        return jdbc.sql("SELECT deadline_on FROM act WHERE act_id = ?").param(actId)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list().get(0);
    }
}
