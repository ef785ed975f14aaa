package kz.legalstat.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import kz.legalstat.PostgresTest;
import kz.legalstat.calendar.CalendarFiles;
import kz.legalstat.calendar.ShippedYears;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.UnitLists;
import kz.legalstat.schedule.Pipeline;
import kz.legalstat.terms.ShippedTerms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The exit statuses and messages of docs/cli.md, through the same entry point as {@code java -jar}. */
class CommandLineEntryTest extends PostgresTest {

    @RegisterExtension
    final ConsoleCapture captured = new ConsoleCapture();
    private final ByteArrayOutputStream out = captured.out;
    private final ByteArrayOutputStream err = captured.err;

    @TempDir
    Path dir;

    @Autowired
    Pipeline pipeline;

    @Autowired
    ReferenceData reference;

    @Test
    void helpNamesTheCommandsOrShowsOnesHelp() {
        assertThat(entry(new String[] {"help"})).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Использование: legalstat", "collect", "report",
                "help       Показать справку по команде.");
        out.reset();

        assertThat(entry(new String[] {"help", "report"})).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Использование: legalstat report")
                .contains("--as-of=<asOf>", "файл .xlsx, который будет записан");

        assertThat(entry(new String[] {"help", "publish"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("help: команды «publish» нет",
                "Использование: legalstat");
    }

    /** The rest of the command line's refusals need no database: CommandLineParsingTest, in the unit lane. */
    @Test
    void aUnitNotInTheListIsNamed() {
        assertThat(run("workbook", "--kind", "acts", "--unit", "9999", "--out", dir.resolve("w.xlsx").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--unit: подразделения с кодом «9999» нет в списке подразделений");
        assertThat(dir.resolve("w.xlsx")).doesNotExist();
    }

    @Test
    void aReportOfAPeriodWithNoFileSaysSoInItsTitleBlockAndOnTheCommandLine() throws IOException {
        Path file = dir.resolve("empty.xlsx");

        assertThat(run("report", "--name", "supervision-acts", "--period", "2019-03", "--lang", "ru", "--out",
                file.toString())).isEqualTo(0);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Внимание: за период по 2019-03 не принято ни одного файла, отчёт empty.xlsx не содержит данных");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            List<String> titleBlock = new ArrayList<>();
            workbook.getSheetAt(0).getRow(6).forEach(cell -> titleBlock.add(cell.toString()));
            assertThat(titleBlock).anyMatch(text -> text.startsWith(
                    "НЕТ ДАННЫХ: за январь – март 2019 г. не принято ни одного файла"));
        }
    }

    @Test
    void everyRegionGetsItsOwnDataQualityWorkbookInItsFolder() throws IOException {
        Path folder = dir.resolve("to-send");

        assertThat(run("report", "--name", "data-quality", "--period", "2026-10", "--lang", "kk", "--region", "all",
                "--out", folder.toString())).isEqualTo(0);
        assertThat(run("report", "--name", "data-quality", "--period", "2026-10", "--region", "all",
                "--out", dir.resolve("one.xlsx").toString())).isEqualTo(2);

        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).isEqualTo(reference.regions()
                    .stream().map(r -> "data-quality_2026-10_" + r.code() + "_kk.xlsx").sorted().toList());
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("с --region all пишется по книге на каждую область");
    }

    @Test
    void aReportThatCannotBeWrittenSaysWhereAndWhyInTheOperatorsWordsNotToResumeALoad() throws IOException {
        Path blocked = Files.writeString(dir.resolve("reports"), "not a folder");

        int intoAFile = entry(new String[] {"report", "--name", "special-records", "--period",
                "2026-10", "--out", blocked.resolve("special-records.xlsx").toString(),
                "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER});
        int intoProc = entry(new String[] {"report", "--name", "special-records", "--period",
                "2026-10", "--out", "/proc/special-records.xlsx", "--spring.datasource.url=" + URL,
                "--spring.datasource.username=" + USER});

        assertThat(intoAFile).isEqualTo(1);
        assertThat(intoProc).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Отчёт нельзя записать в папку " + blocked + ": это файл, а не папка. Исправьте это "
                        + "или выберите другую папку, затем повторите")
                .contains("Отчёт нельзя записать в папку /proc: система не даёт создавать файлы в /proc. ")
                .doesNotContain("уже загруженное не повторяется", "report.write", "Exception", "Cannot write", ".part");
    }

    @Test
    void templatesThatCannotBeWrittenSayWhereAndWhy() throws IOException {
        Path blocked = Files.writeString(dir.resolve("templates"), "not a folder");

        int intoAFile = entry(new String[] {"templates", "--out", blocked.toString(),
                "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER});
        int intoProc = entry(new String[] {"templates", "--out", "/proc/templates",
                "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER});

        assertThat(intoAFile).isEqualTo(1);
        assertThat(intoProc).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Шаблоны нельзя записать в папку " + blocked + ": это файл, а не папка. Исправьте это "
                        + "или выберите другую папку, затем повторите")
                .contains("Шаблоны нельзя записать в папку /proc/templates: /proc/templates нет, и создать его система"
                        + " не даёт")
                .doesNotContain("report.write", "Exception");
    }

    @Test
    void aNightWhoseReportsCannotBeWrittenSaysWhyInTheOperatorsWordsAndHowToResume() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("form_1910_2026-10.csv"),
                "unit_code;indicator;value\n1910;ACTS.PROTEST.ISSUED;0\n");
        Path blocked = Files.writeString(dir.resolve("reports"), "not a folder");

        int status = entry(new String[] {"nightly", "--inbox", inbox.toString(), "--period", "2026-10",
                "--out", blocked.toString(), "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER});

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Отчёт нельзя записать в папку " + blocked + ": это файл, а не папка")
                .contains("уже загруженное не повторяется")
                .doesNotContain("с ошибкой: report.write", "с ошибкой: java", "с ошибкой: kz");
    }

    @Test
    void aCollectionCountsItsFilesByWhatBecameOfThem() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("acts_1910_2026-10.csv"), """
                act_id;unit_code;act_type;issued_on;addressee_kind;addressee;sphere
                %s;1910;PROTEST;05.10.2026 0:00:00;STATE_BODY;Акимат;ECONOMY
                """.formatted(java.util.UUID.randomUUID()));
        Files.writeString(inbox.resolve("records_1910_2026-10.csv"), "");
        Files.writeString(inbox.resolve("~$acts_1910_2026-10.xlsx"), "owner");
        Files.writeString(inbox.resolve("form_1910_2026-09.csv"), "unit_code;indicator;value\n");

        int status = entry(new String[] {"collect", "--inbox", inbox.toString(), "--period", "2026-10",
                "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER});

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("файл ").contains(" статус ", " строк ",
                "причина отклонения файла",
                "records_1910_2026-10.csv                 REJECTED         0      0  Файл пуст")
                .contains("новых файлов: 3 (загружено 1, отклонено 1, "
                + "оставлено из-за имени 1); строк загружено: 1, отклонено: 0; файлов, принятых ранее: 0",
                "«~$acts_1910_2026-10.xlsx» — служебный файл, который Excel держит рядом с открытым в нём файлом, а не"
                        + " представление",
                "файлов за другие месяцы: 1; они не тронуты, так как задан --period");
    }

    @Test
    void aRunThatIsNotThereOrHasFinishedIsNotRestartedAndTheOperatorIsToldWhy() {
        int unknown = entry(new String[] {"restart", "--run", "2000000000",
                "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER});
        var verification = pipeline.verify(YearMonth.of(2026, 10));
        assertThat(verification.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long finished = verification.getId();
        int again = entry(new String[] {"restart", "--run", String.valueOf(finished),
                "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER});

        assertThat(unknown).isEqualTo(2);
        assertThat(again).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--run: Запуска № ", " нет: номера запусков показывает команда runs")
                .contains(" уже завершён (COMPLETED): перезапускать нечего")
                .doesNotContain("Incorrect result size", "Устраните причину");
    }

    @Test
    void aCalendarIsLoadedOnlyWhenItsFileHoldsTogetherAndTheOperatorIsToldEveryMistake() throws IOException {
        ShippedYears shipped = ShippedYears.take(jdbc);
        Path wrong = Files.writeString(dir.resolve("calendar-2027.csv"), CalendarFiles.YEAR_2027 + "2027-06-05;CARRIED_DAY_OFF;;\n");
        Path right = Files.writeString(dir.resolve("calendar-2027-fixed.csv"), CalendarFiles.YEAR_2027);
        try {
            int refused = run("calendar", "load", "--year", "2027", "--file", wrong.toString(), "--source", "test");
            int loaded = run("calendar", "load", "--year", "2027", "--file", right.toString(), "--source",
                    "Постановление № 1");
            int listed = run("calendar", "list");

            assertThat(refused).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Файл " + wrong + " не загружен, календарь 2027 "
                    + "не изменён:", "  Строка 21: 05.06.2027 — суббота или воскресенье, а CARRIED_DAY_OFF делает "
                    + "выходным будний день");
            assertThat(loaded).isZero();
            assertThat(listed).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Календарь 2027 заменён: рабочих дней 246, "
                    + "нерабочих 119", "2027: рабочих дней 246, нерабочих 119; Постановление № 1");
        } finally {
            shipped.restore();
        }
    }

    @Test
    void theTermsAreWrittenOutListedAndLoadedOnlyWhenTheirFileHoldsTogether() throws IOException {
        ShippedTerms shipped = ShippedTerms.take(jdbc);
        Path file = dir.resolve("terms.csv");
        try {
            int exported = run("terms", "export", "--out", file.toString());
            Path wrong = Files.writeString(dir.resolve("terms-wrong.csv"), Files.readString(file, StandardCharsets.UTF_8)
                    + "PROTEST;;2020-01-01;;15;DAYS;15;;;;ст. 19\n", StandardCharsets.UTF_8);
            int refused = run("terms", "load", "--file", wrong.toString(), "--source", "test");
            int loaded = run("terms", "load", "--file", file.toString(), "--source", "Закон № 374-IV");
            int listed = run("terms", "list");

            assertThat(exported).isZero();
            assertThat(refused).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Файл " + wrong + " не загружен, сроки не изменены:",
                    "Строка 11: term_unit: «DAYS» — неизвестная единица");
            assertThat(loaded).isZero();
            assertThat(listed).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Сроки загружены: версий 9; сроки актов пересчитаны по ним.",
                    "PROTEST COURT: с 2011-01-01 по настоящее время: срока нет",
                    "SUBMISSION любой адресат: с 2011-01-01 по настоящее время: 30 календ. дн., срок прокурора: от 1 до 30 "
                            + "календ. дн., о результатах — 3 раб. дн.",
                    "Источник: Закон № 374-IV");
        } finally {
            shipped.restore();
        }
    }

    @Test
    void aUnitLeftOutOfTheListIsClosedFromItsMonthAndOnlyItsEarlierFilesAreTaken() throws IOException {
        UnitLists before = UnitLists.take(jdbc);
        Path list = dir.resolve("units.csv");
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        String acts = "act_id;unit_code;act_type;issued_on;addressee_kind;addressee;sphere;received_on;term_days;"
                + "considered_on;outcome;reported_on;persons_disciplined;acts_revoked;amount_restored_kzt;record_ref\n"
                + "1030/26-%1$d;1030;PROTEST;2026-%1$d-05;STATE_BODY;Акимат;OTHER;2026-%1$d-06;;;;;;;;\n";
        Files.writeString(inbox.resolve("acts_1030_2026-10.csv"), acts.formatted(10));
        Files.writeString(inbox.resolve("acts_1030_2026-11.csv"), acts.formatted(11));
        // the region's own register names its offices' acts: one of the office still open, one of the one closed
        Files.writeString(inbox.resolve("acts_10_2026-11.csv"), acts.formatted(11)
                + acts.formatted(11).lines().skip(1).findFirst().orElseThrow().replace("1030", "1020") + "\n");
        // and in October an act of an office the list adds only from November
        Files.writeString(inbox.resolve("acts_10_2026-10.csv"), acts.formatted(10).replace("1030", "1040"));
        try {
            assertThat(run("units", "export", "--out", list.toString())).isZero();
            Files.writeString(list, Files.readString(list).replace("1030;Үржар ауданы;Урджарский район;acts form\r\n",
                            "1040;Бесқарағай ауданы;Бескарагайский район;acts\r\n")
                    .replace("1020;Аягөз ауданы;Аягозский район;acts form", "1020;Аягөз ауданы;Аягозский район;acts forms"));
            int refused = run("units", "load", "--file", list.toString(), "--from", "2026-11", "--source", "Приказ № 7");
            Files.writeString(list, Files.readString(list).replace("acts forms", "acts form"));
            int loaded = run("units", "load", "--file", list.toString(), "--from", "2026-11", "--source", "Приказ № 7");
            int listed = run("units", "list");
            int firstWritten = run("units", "export", "--out", dir.resolve("first.csv").toString(), "--list", "1");
            int noSuchList = run("units", "export", "--out", dir.resolve("none.csv").toString(), "--list", "3");
            String said = out.toString(StandardCharsets.UTF_8);
            out.reset();
            int collected = run("collect", "--inbox", inbox.toString(), "--json");

            assertThat(refused).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Файл " + list + " не загружен, список "
                    + "подразделений не изменён:", "Строка 19: «forms» — неизвестный вид представления; допустимы acts, "
                    + "records, form");
            assertThat(loaded).isZero();
            assertThat(listed).isZero();
            // the list before, as it was
            assertThat(firstWritten).isZero();
            assertThat(Files.readString(dir.resolve("first.csv")))
                    .contains("1030;Үржар ауданы;Урджарский район;acts form").doesNotContain("1040;");
            assertThat(noSuchList).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("Списка подразделений № 3 нет: загружены списки № 1–2");
            assertThat(said).contains("Список подразделений № 2 загружен, действует с 2026-11", "закрыты: 1030;",
                    "№ 2, действует с 2026-11, загружен ",
                    ": Приказ № 7 — подразделений 85: добавлено 1, закрыто 1, переименовано 0");
            assertThat(collected).isZero();
            JsonNode files = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8)).get("files");
            assertThat(files).extracting(f -> f.get("file").asString() + " " + f.get("status").asString())
                    .containsExactlyInAnyOrder("acts_1030_2026-10.csv LOADED", "acts_1030_2026-11.csv REJECTED",
                            "acts_10_2026-11.csv LOADED", "acts_10_2026-10.csv LOADED");
            assertThat(jdbc.sql("""
                    SELECT s.file_name || ' ' || s.rows_loaded || ' ' || i.message_ru FROM submission s
                    JOIN submission_issue i ON i.submission_id = s.id WHERE s.unit_code = '10'
                    ORDER BY s.file_name""")
                    .query(String.class).list())
                    .containsExactly("acts_10_2026-10.csv 0 Подразделение «1040» включено в список подразделений только "
                                    + "с 2026-11",
                            "acts_10_2026-11.csv 1 Подразделение «1030» закрыто с 2026-11 по списку подразделений");
            assertThat(files).filteredOn(f -> f.get("status").asString().equals("REJECTED"))
                    .extracting(f -> f.get("reasonRu").asString())
                    .containsExactly("Подразделение 1030 закрыто с 2026-11 по списку подразделений: его файлы за "
                            + "2026-11 и позже не принимаются (за прежние месяцы — принимаются)");
        } finally {
            before.putBack(jdbc, reference);
        }
    }

    @Test
    void runsNameTheJobAndItsStatusInTheOperatorsWordsAndTheirCodesInJson() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("empty-inbox"));
        assertThat(run("collect", "--inbox", inbox.toString())).isZero();
        out.reset();

        assertThat(run("runs", "--limit", "1")).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        out.reset();
        assertThat(run("runs", "--limit", "1", "--json")).isZero();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches(" +№  задание +статус +начат +длит\\. +файлы +строк +откл\\. .*");
        assertThat(lines.get(1)).contains("  Сбор представлений   завершён        ");
        // the columns of the header and of the line start alike
        assertThat(lines.get(1).indexOf("завершён")).isEqualTo(lines.get(0).indexOf("статус"));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"collectSubmissionsJob\"", "\"COMPLETED\"");
    }

    private int run(String... arguments) {
        String[] withDatabase = Arrays.copyOf(arguments, arguments.length + 2);
        withDatabase[arguments.length] = "--spring.datasource.url=" + URL;
        withDatabase[arguments.length + 1] = "--spring.datasource.username=" + USER;
        return entry(withDatabase);
    }

    @Test
    void theWorkbookUnitsFillIsWrittenForTheOfficeToSend() throws IOException {
        Path file = dir.resolve("form_ru.xlsx");

        assertThat(run("workbook", "--kind", "form", "--lang", "ru", "--out", file.toString(), "--json")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"kind\" : \"form\"", "\"lang\" : \"ru\"");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Книга для подразделений записана в " + file);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            List<String> header = new java.util.ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).containsExactly("unit_code", "indicator", "value");
            // the indicators of docs/submissions.md, named, beside the units
            var codes = workbook.getSheet("Коды");
            List<String> indicators = new java.util.ArrayList<>();
            for (int r = 1; codes.getRow(r) != null && codes.getRow(r).getCell(3) != null; r++) {
                indicators.add(codes.getRow(r).getCell(3).getStringCellValue() + " " + codes.getRow(r).getCell(4).getStringCellValue());
            }
            assertThat(indicators).hasSize(8 * 5 + 2 + 5).contains("ACTS.PROTEST.ISSUED Протест: внесено",
                    "ACTS.PERSONS_DISCIPLINED Привлечено лиц к дисциплинарной ответственности по актам",
                    "RECORDS.GRAVE.REGISTERED Зарегистрировано уголовных правонарушений: Тяжкое преступление");
        }

        // and a region's: its units only, and its form's lines for what every form must carry
        Path region = dir.resolve("form_19_ru.xlsx");
        assertThat(run("workbook", "--kind", "form", "--lang", "ru", "--unit", "19", "--out", region.toString())).isZero();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(region))) {
            var codes = workbook.getSheet("Коды");
            List<String> units = new java.util.ArrayList<>();
            for (int r = 1; codes.getRow(r) != null && codes.getRow(r).getCell(0) != null; r++) {
                units.add(codes.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(units).containsExactly("19", "1910", "1920", "1930", "1940");
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(9);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue() + " " + sheet.getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("19 ACTS.PROTEST.ISSUED");
            assertThat(sheet.getRow(9).getCell(1).getStringCellValue()).isEqualTo("ACTS.PERSONS_DISCIPLINED");
        }
    }

    @Test
    void anUnknownRegionIsAUsageErrorListingTheRegions() {
        int status = entry(new String[] {"report", "--name", "supervision-acts", "--period", "2026-10",
                "--region", "99", "--out", dir.resolve("r.xlsx").toString(), "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER});

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--region: «99»", "71, 75, 79, 10");
    }

    @Test
    void jsonGoesAloneToStdoutAndAReportIsWritten() {
        Path file = dir.resolve("special-records.xlsx");

        int status = entry(new String[] {"report", "--name", "special-records", "--period", "2026-10",
                "--lang", "ru", "--region", "19", "--out", file.toString(), "--json", "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER});

        assertThat(status).isEqualTo(0);
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("file").asString()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(json.get("rows").get("by-region").asLong()).isEqualTo(5);
        assertThat(file).exists();
    }

    @Test
    void aWrongScheduleFileIsNamedWithItsLineAndTheProblem() throws Exception {
        // given: a schedule whose cron has an hour of 25 and that looks twenty months back
        Path schedule = dir.resolve("nightly.yml");
        java.nio.file.Files.writeString(schedule, """
                legalstat:
                  jobs:
                    nightly:
                      cron: "0 30 25 * * ?"
                      months-back: 20
                """);

        // when
        int status = entry(new String[] {"runs", "--spring.config.additional-location=file:" + schedule,
                "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER});

        // then: a settings error, each problem on its own line with file and line, and no stack trace
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("nightly.yml, строка 4: legalstat.jobs.nightly.cron = «0 30 25 * * ?»", "Hour values")
                .contains("nightly.yml, строка 5: legalstat.jobs.nightly.months-back = «20»: нужно число месяцев")
                .doesNotContain("at org.springframework");
    }

    @Test
    void aScheduleFileThatIsNotYamlIsNamedBeforeAnythingStarts() throws Exception {
        Path jobs = java.nio.file.Files.createDirectories(dir.resolve("jobs"));
        java.nio.file.Files.writeString(jobs.resolve("nightly.yml"), "legalstat:\n  jobs:\n    nightly:\n"
                + "      cron: \"0 30 1 * * ?\"\n     time-zone: Asia/Almaty\n");
        java.nio.file.Files.writeString(jobs.resolve("quality-rules.yml"), "legalstat:\n  quality:\n    threads: 2\n");

        var problem = ConfigurationProblems.unreadable(jobs, new Console(false, kz.legalstat.i18n.Texts.fromBundles()));

        assertThat(problem).hasValueSatisfying(text -> assertThat(text)
                .startsWith("Файл настроек jobs/nightly.yml не читается как YAML, строка 5:")
                .doesNotContain("quality-rules"));
    }

    @Test
    void aScheduleFileThatIsNotYamlIsNamedInTheJobsFolderTheSettingsName() throws Exception {
        Path jobs = java.nio.file.Files.createDirectories(dir.resolve("elsewhere"));
        java.nio.file.Files.writeString(jobs.resolve("monthly-closing.yml"), "legalstat:\n  jobs:\n   - [\n");

        int status = entry(new String[] {"runs", "--legalstat.jobs-dir=" + jobs,
                "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER});

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("Файл настроек elsewhere/monthly-closing.yml не читается как YAML")
                .doesNotContain("at org.");
    }

    @Test
    void theProgressBarShowsTheShareFilesRowsRateAndTimeLeft() {
        Console console = new Console(false, kz.legalstat.i18n.Texts.fromBundles());

        // a quarter of the bytes taken in 30 s: 90 s to go
        String line = CollectionProgress.line(console, new kz.legalstat.ingest.RunIntake.Taken(40, 190, 25, 100, 500_000, 100_000),
                java.time.Duration.ofSeconds(30));

        assertThat(line).startsWith("[######..................]  25 %")
                .contains("файлы 40/190", "20\u00a0000 строк/с", "осталось ~1:30");
    }

    /** The command line as the application's main runs it. */
    private static int entry(String[] args) {
        return CommandLineEntry.run(args, kz.legalstat.LegalStatApplication.class);
    }
}
