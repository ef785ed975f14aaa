package kz.legalstat.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.legalstat.MonthData;
import kz.legalstat.PostgresTest;
import kz.legalstat.i18n.Lang;
import kz.legalstat.quality.Completeness;
import kz.legalstat.quality.Completeness.State;
import kz.legalstat.report.ReportName;
import kz.legalstat.report.ReportRequest;
import kz.legalstat.report.Reports;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The office reloads the units' list: from the month it holds from, new units report, renamed ones show their new
 * names, dues change, and the units it leaves out are closed, their earlier months kept. A list that does not hold
 * together, or that would close a unit still reporting, is refused whole with every mistake, nothing changed.
 */
class UnitListTest extends PostgresTest {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final YearMonth JANUARY = YearMonth.of(2027, 1);

    @Autowired
    UnitList unitList;

    @Autowired
    ReferenceData reference;

    @Autowired
    Completeness completeness;

    @Autowired
    Reports reports;

    @TempDir
    Path dir;

    private UnitLists before;

    @BeforeEach
    void takeTheMigrationsUnits() {
        before = UnitLists.take(jdbc);
    }

    @AfterEach
    void putThemBack() {
        before.putBack(jdbc, reference);
    }

    @Test
    void fromItsMonthAListAddsRenamesClosesAndChangesWhatUnitsMustSend() throws IOException {
        String listBefore = exported();
        String list = listBefore
                .replace("1020;Аягөз ауданы;Аягозский район;acts form\r\n", "1020;Аягөз ауданы;район Аягоз;acts form\r\n")
                .replace("1030;Үржар ауданы;Урджарский район;acts form\r\n",
                        "1040;Бесқарағай ауданы;Бескарагайский район;acts form\r\n")
                .replace("1010;Семей қаласы;город Семей;acts form\r\n", "1010;Семей қаласы;город Семей;acts\r\n");

        UnitList.Loaded loaded = unitList.load(file(list), JANUARY, "Приказ № 12 от 20.12.2026");

        assertThat(loaded).isEqualTo(new UnitList.Loaded(2, JANUARY, reference.allUnits().size() - 1, List.of("1040"),
                List.of("1020"), List.of("1030"), List.of(), 2, 3));
        assertThat(reference.unit("1040").orElseThrow().name(Lang.ru)).isEqualTo("Бескарагайский район");
        assertThat(reference.unit("1020").orElseThrow().name(Lang.ru)).isEqualTo("район Аягоз");
        assertThat(reference.listedIn("1030", DECEMBER)).isTrue();
        assertThat(reference.listedIn("1030", JANUARY)).isFalse();
        assertThat(reference.unlisted("1030", JANUARY)).contains(new ReferenceData.Unlisted(JANUARY, null));
        assertThat(reference.unlisted("1040", DECEMBER)).contains(new ReferenceData.Unlisted(null, JANUARY));
        assertThat(reference.unitAsOf("1020", DECEMBER).orElseThrow().name(Lang.ru)).isEqualTo("Аягозский район");
        assertThat(reference.unitAsOf("1020", JANUARY).orElseThrow().name(Lang.ru)).isEqualTo("район Аягоз");
        assertThat(reference.unitAsOf("1030", JANUARY).orElseThrow().name(Lang.ru)).isEqualTo("Урджарский район");
        assertThat(reference.unitsIn(JANUARY, "10")).extracting(Unit::code).contains("1040").doesNotContain("1030");
        assertThat(reference.unitsIn(DECEMBER, "10")).extracting(Unit::code).contains("1030").doesNotContain("1040");

        Map<String, Map<String, Completeness.Status>> december = completeness.of(DECEMBER, "10");
        assertThat(december).containsKey("1030").doesNotContainKey("1040");
        assertThat(december.get("1030").get("acts").state()).isEqualTo(State.MISSING);
        assertThat(december.get("1010").get("form").state()).isEqualTo(State.MISSING);
        Map<String, Map<String, Completeness.Status>> january = completeness.of(JANUARY, "10");
        assertThat(january).doesNotContainKey("1030");
        assertThat(january.get("1040").get("acts").state()).isEqualTo(State.MISSING);
        assertThat(january.get("1010").get("form").state()).isEqualTo(State.NOT_REQUIRED);
        assertThat(january.get("1010").get("acts").state()).isEqualTo(State.MISSING);

        assertThat(unitList.versions()).extracting(UnitList.Version::version, UnitList.Version::validFrom,
                        UnitList.Version::source, UnitList.Version::units, UnitList.Version::added,
                        UnitList.Version::closed, UnitList.Version::renamed)
                .containsExactly(tuple(2, LocalDate.of(2027, 1, 1), "Приказ № 12 от 20.12.2026", loaded.units(), 1, 1, 1),
                        tuple(1, LocalDate.of(2020, 1, 1), "LegalStat бастапқы тізімі / первоначальный список LegalStat",
                                loaded.units(), 0, 0, 0));
        assertThat(exported()).contains("1040;Бесқарағай ауданы;Бескарагайский район;acts form\r\n",
                "1010;Семей қаласы;город Семей;acts\r\n").doesNotContain("1030;");
        // the list before, as it was: its units, names and dues
        assertThat(new String(unitList.export(1), StandardCharsets.UTF_8)).isEqualTo(listBefore);
        assertThatThrownBy(() -> unitList.export(3)).isInstanceOfSatisfying(OfficeFileRejectedException.class,
                e -> assertThat(e.problems()).extracting(OfficeFileProblem::key, OfficeFileProblem::args)
                        .containsExactly(tuple("units.list.unknown", new Object[] {3, 2})));
    }

    @Test
    void theListWrittenOutAndLoadedBackChangesNothing() throws IOException {
        String list = exported();

        UnitList.Loaded loaded = unitList.load(file(list), YearMonth.of(2020, 1), "the same list");

        assertThat(list).startsWith("\uFEFFcode;name_kk;name_ru;reports\r\n71;Астана қаласы;город Астана;acts records form\r\n");
        assertThat(loaded.added()).isEmpty();
        assertThat(loaded.renamed()).isEmpty();
        assertThat(loaded.closed()).isEmpty();
        assertThat(loaded.duesStarted()).isZero();
        assertThat(loaded.duesEnded()).isZero();
        assertThat(exported()).isEqualTo(list);
        assertThat(jdbc.sql("SELECT jsonb_agg(o ORDER BY unit_code, kind) FROM reporting_obligation o")
                .query(String.class).single())
                .isEqualTo(jdbc.sql("SELECT jsonb_agg(o ORDER BY unit_code, kind) "
                        + "FROM jsonb_populate_recordset(NULL::reporting_obligation, CAST(? AS jsonb)) o")
                        .param(before.dues()).query(String.class).single());
    }

    @Test
    void aListWithMistakesIsRefusedWholeWithEveryMistakeAndItsLine() throws IOException {
        String list = exported();
        int last = (int) list.lines().count();
        String mistakes = list + """
                191;Жаңа аудан;Новый район;acts
                1950;Жаңа аудан;;acts
                1960;Жаңа аудан;Новый район;akts, form
                1910;Іле ауданы;Илийский район;acts form
                9910;Жаңа аудан;Новый район;acts
                9920;Жаңа аудан;Новый район;akts
                1910;;Илийский район;acts
                """;

        assertThatThrownBy(() -> unitList.load(file(mistakes), JANUARY, "test"))
                .isInstanceOfSatisfying(OfficeFileRejectedException.class, e -> assertThat(e.problems())
                        .extracting(OfficeFileProblem::line, OfficeFileProblem::key)
                        .containsExactly(
                                tuple(last + 1, "units.row.code"),
                                tuple(last + 2, "units.row.no-name"),
                                tuple(last + 3, "units.row.kind"),
                                tuple(last + 4, "units.row.twice"),
                                tuple(last + 5, "units.row.no-region"),
                                // a line's other mistakes do not hide these
                                tuple(last + 6, "units.row.kind"),
                                tuple(last + 6, "units.row.no-region"),
                                tuple(last + 7, "units.row.no-name"),
                                tuple(last + 7, "units.row.twice")));
        assertThat(unitList.versions()).hasSize(1);
        assertThat(exported()).isEqualTo(list);
        assertThat(reference.unit("1960")).isEmpty();
    }

    @Test
    void aListHoldsFromTheMonthOfTheListInForceOrLater() throws IOException {
        Path list = file(exported());
        unitList.load(list, JANUARY, "Приказ № 12");

        assertThatThrownBy(() -> unitList.load(list, YearMonth.of(2026, 12), "Приказ № 13"))
                .isInstanceOfSatisfying(OfficeFileRejectedException.class, e -> assertThat(e.problems())
                        .extracting(OfficeFileProblem::key, OfficeFileProblem::args)
                        .containsExactly(tuple("units.from.before-last", new Object[] {"2026-12", "2027-01", 2})));
        assertThat(keys(file(""))).containsExactly("office-file.no-column");
        assertThat(keys(file("code;name_kk;name_ru;reports\n"))).containsExactly("units.file.empty");
        assertThat(keys(file("code;name_kk;name_ru\n10;Абай облысы;Абайская область\n")))
                .containsExactly("office-file.no-column");
    }

    @Test
    void aUnitThatHasSentDataForTheMonthOrLaterOrIsNamedInItsRegionsFilesIsNotClosedFromIt() throws IOException {
        MonthData data = new MonthData(jdbc);
        data.submission("acts", "1030", "2027-02-01");
        long region = data.submission("acts", "10", "2027-03-01");
        data.act(region, 2, "P-1", "PROTEST", "2027-03-02", "2027-03-02", null, null, null, null);
        jdbc.sql("UPDATE act_row SET unit_code = '1020' WHERE act_id = 'P-1'").update();
        data.form(data.submission("form", "10", "2027-05-01"), 2, "1010", "RECORDS.REGISTERED", 3);
        Path withoutThree = file(exported().replace("1010;Семей қаласы;город Семей;acts form\r\n", "")
                .replace("1020;Аягөз ауданы;Аягозский район;acts form\r\n", "")
                .replace("1030;Үржар ауданы;Урджарский район;acts form\r\n", ""));

        assertThatThrownBy(() -> unitList.load(withoutThree, JANUARY, "test"))
                .isInstanceOfSatisfying(OfficeFileRejectedException.class, e -> assertThat(e.problems())
                        .extracting(OfficeFileProblem::key, OfficeFileProblem::args)
                        .containsExactly(
                                tuple("units.close.still-reporting", new Object[] {"1010", "Семей қаласы",
                                        "город Семей", "2027-05", "2027-01"}),
                                tuple("units.close.still-reporting", new Object[] {"1020", "Аягөз ауданы",
                                        "Аягозский район", "2027-03", "2027-01"}),
                                tuple("units.close.still-reporting", new Object[] {"1030", "Үржар ауданы",
                                        "Урджарский район", "2027-02", "2027-01"})));
        assertThat(unitList.versions()).hasSize(1);
        assertThat(reference.listedIn("1030", JANUARY)).isTrue();

        UnitList.Loaded later = unitList.load(withoutThree, YearMonth.of(2027, 6), "test");

        assertThat(later.closed()).containsExactly("1010", "1020", "1030");
        assertThat(reference.listedIn("1020", YearMonth.of(2027, 3))).isTrue();
    }

    @Test
    void aUnitListedAgainStaysClosedInTheMonthsBetween() throws IOException {
        String list = exported();
        unitList.load(file(list.replace("1030;Үржар ауданы;Урджарский район;acts form\r\n", "")), JANUARY, "closed");

        UnitList.Loaded again = unitList.load(file(list), YearMonth.of(2027, 4), "listed again");

        assertThat(again.reopened()).containsExactly("1030");
        assertThat(again.duesStarted()).isEqualTo(2);
        assertThat(reference.unlisted("1030", YearMonth.of(2027, 3)))
                .contains(new ReferenceData.Unlisted(JANUARY, YearMonth.of(2027, 4)));
        assertThat(reference.listedIn("1030", DECEMBER)).isTrue();
        assertThat(reference.listedIn("1030", YearMonth.of(2027, 4))).isTrue();
        assertThat(completeness.of(YearMonth.of(2027, 2), "10")).doesNotContainKey("1030");
        assertThat(completeness.of(YearMonth.of(2027, 4), "10").get("1030").get("acts").state())
                .isEqualTo(State.MISSING);
        assertThat(exported()).isEqualTo(list);
    }

    @Test
    void reportsNameUnitsAsTheListInForceInTheirPeriodDidAndShowANewUnitFromItsMonth() throws IOException {
        unitList.load(file(exported().replace("1020;Аягөз ауданы;Аягозский район;acts form\r\n",
                        "1020;Аягөз ауданы;район Аягоз;acts form\r\n1040;Бесқарағай ауданы;Бескарагайский район;acts\r\n")),
                YearMonth.of(2026, 11), "renamed and added from November");

        // October's reports, made after the list: the name October knew, and no unit October did not have
        assertThat(column(ReportName.SUPERVISION_ACTS, 0, YearMonth.of(2026, 10))).contains("Аягозский район")
                .doesNotContain("район Аягоз", "Бескарагайский район");
        assertThat(column(ReportName.SUPERVISION_ACTS, 0, YearMonth.of(2026, 11)))
                .contains("район Аягоз", "Бескарагайский район").doesNotContain("Аягозский район");
        assertThat(column(ReportName.DATA_QUALITY, 2, YearMonth.of(2026, 10))).contains("Аягозский район")
                .doesNotContain("Бескарагайский район");
    }

    @Test
    void reportsShowAClosedUnitWhileItHasFiguresInThePeriodOrTheYearBefore() throws IOException {
        String list = exported();
        unitList.load(file(list.replace("1030;Үржар ауданы;Урджарский район;acts form\r\n", "")), YearMonth.of(2025, 1),
                "closed before last year");
        unitList.load(file(list.replace("1030;Үржар ауданы;Урджарский район;acts form\r\n", "")
                .replace("1020;Аягөз ауданы;Аягозский район;acts form\r\n", "")), YearMonth.of(2026, 6), "closed this year");

        // the acts of the year and of the year before, by unit
        assertThat(column(ReportName.SUPERVISION_ACTS, 0)).contains("город Семей", "Аягозский район")
                .doesNotContain("Урджарский район");
        // what each unit sent for October: nothing was due from the two closed by then
        assertThat(column(ReportName.DATA_QUALITY, 1)).contains("1010").doesNotContain("1020", "1030");
    }

    /** The texts in one column of a report's first sheet, for region 10 and October 2026. */
    private List<String> column(ReportName report, int column) throws IOException {
        return column(report, column, YearMonth.of(2026, 10));
    }

    /** The texts in one column of a report's first sheet (data-quality's completeness, after its work list), region 10. */
    private List<String> column(ReportName report, int column, YearMonth period) throws IOException {
        Path out = dir.resolve(report + "-" + period + ".xlsx");
        reports.write(new ReportRequest(report, period, Lang.ru, "10", null, out, "test"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            List<String> texts = new ArrayList<>();
            workbook.getSheetAt(report == ReportName.DATA_QUALITY ? 1 : 0).forEach(row -> {
                if (row.getCell(column) != null && row.getCell(column).getCellType() == CellType.STRING) {
                    texts.add(row.getCell(column).getStringCellValue());
                }
            });
            return texts;
        } catch (InvalidFormatException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> keys(Path file) {
        try {
            unitList.load(file, JANUARY, "test");
        } catch (OfficeFileRejectedException e) {
            return e.problems().stream().map(OfficeFileProblem::key).toList();
        }
        throw new AssertionError("loaded " + file);
    }

    private String exported() {
        return new String(unitList.export(), StandardCharsets.UTF_8);
    }

    private Path file(String content) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "units", ".csv"), content, StandardCharsets.UTF_8);
    }
}
