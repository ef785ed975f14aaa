package kz.legalstat.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import kz.legalstat.PostgresTest;
import kz.legalstat.TypedCells;
import kz.legalstat.i18n.Lang;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBatchTest
class CollectSubmissionsJobTest extends PostgresTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    CurrentState currentState;

    @Autowired
    @Qualifier("collectSubmissionsJob")
    Job collectSubmissionsJob;

    @Autowired
    DataSource dataSource;

    @Autowired
    SubmissionTemplates templates;

    @TempDir
    Path inbox;

    @BeforeEach
    void inboxOfFiveFiles() throws IOException {
        jobs.setJob(collectSubmissionsJob);
        // a UTF-8 register with good and bad rows, from the test's fixtures
        Path october = Files.createDirectories(inbox.resolve("2026/10"));
        try (var in = new ClassPathResource("ingest/CollectSubmissionsJobTest/acts_1910_2026-10.csv").getInputStream()) {
            Files.copy(in, october.resolve("acts_1910_2026-10.csv"));
        }
        // a region's form saved in Windows-1251 with commas, carrying a row of another region
        Files.writeString(october.resolve("form_19_2026-10.csv"), """
                "unit_code","indicator","value"\r
                19,ACTS.PROTEST.ISSUED,"1 204"\r
                1910,ACTS.SUBMISSION.ISSUED,7\r
                7510,ACTS.SUBMISSION.ISSUED,3\r
                """, Charset.forName("windows-1251"));
        // a region's special-records extract in Excel, one date a real date cell, one typed as text
        writeRecordsXlsx(october.resolve("records_19_2026-10.xlsx"));
        // a unit that is not in the reference data, and a file named by hand
        Files.writeString(october.resolve("acts_9999_2026-10.csv"), "act_id\n1\n");
        Files.writeString(october.resolve("заметки.txt"), "не отчёт");
    }

    @Test
    void goodRowsLoadBadRowsAreRejectedWithEveryReasonAndBadFilesAreRecorded() throws Exception {
        // when
        Run execution = collect(inbox);

        // then the job completed and took all five files
        assertThat(execution.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(statuses()).containsEntry("acts_1910_2026-10.csv", "LOADED")
                .containsEntry("form_19_2026-10.csv", "LOADED")
                .containsEntry("records_19_2026-10.xlsx", "LOADED")
                .containsEntry("acts_9999_2026-10.csv", "REJECTED")
                .containsEntry("заметки.txt", "IGNORED");
        // loaded region by region: a partition for each region and one for files of no known unit, region 19's
        // taking its three files
        Map<String, Object> readByPartition = jdbc.sql("""
                SELECT step_name, read_count FROM batch_step_execution
                WHERE step_name LIKE 'collectSubmissionsLoadRegionStep:%'
                  AND job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)""")
                .query().listOfRows().stream().collect(java.util.stream.Collectors.toMap(
                        r -> r.get("step_name").toString(), r -> r.get("read_count")));
        assertThat(readByPartition).hasSize(jdbc.sql("SELECT count(*) + 1 FROM unit WHERE length(code) = 2")
                        .query(Integer.class).single())
                .containsEntry("collectSubmissionsLoadRegionStep:19", 3L)
                .containsEntry("collectSubmissionsLoadRegionStep:none", 0L);

        // the two good acts are in the current state, with text, codes, dates and tenge read right
        assertThat(jdbc.sql("SELECT act_id, act_type, addressee, received_on, amount_restored_kzt FROM act ORDER BY act_id")
                .query().listOfRows())
                .extracting(r -> r.get("act_id"), r -> r.get("act_type"), r -> r.get("addressee"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1910/26-1", "SUBMISSION", "Акимат Илийского района"),
                        org.assertj.core.groups.Tuple.tuple("1910/26-2", "PROTEST", "Районный суд \"№ 2\"; филиал"));
        assertThat(jdbc.sql("SELECT amount_restored_kzt FROM act WHERE act_id = '1910/26-1'").query(java.math.BigDecimal.class)
                .single()).isEqualByComparingTo("1250000.50");

        // row 4 (31 September) is rejected with its column; row 5 with both of its problems
        List<Map<String, Object>> issues = jdbc.sql("""
                SELECT i.row_number, i.column_name, i.code, i.message_kk, i.message_ru FROM submission_issue i
                JOIN submission s ON s.id = i.submission_id WHERE s.file_name = 'acts_1910_2026-10.csv'
                ORDER BY i.row_number, i.column_name""").query().listOfRows();
        assertThat(issues).extracting(r -> r.get("row_number"), r -> r.get("column_name"), r -> r.get("code"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "issued_on", "ingest.row.bad-date"),
                        org.assertj.core.groups.Tuple.tuple(5, "act_type", "ingest.row.unknown-code"),
                        org.assertj.core.groups.Tuple.tuple(5, "unit_code", "ingest.row.unknown-unit"));
        assertThat(issues.get(0).get("message_ru").toString()).contains("31.09.2026", "issued_on");
        assertThat(issues.get(0).get("message_kk")).isNotEqualTo(issues.get(0).get("message_ru"));

        // the Windows-1251 form loaded its own region's rows; the other region's row was refused
        assertThat(jdbc.sql("SELECT unit_code || ':' || value FROM form_row ORDER BY row_number").query(String.class).list())
                .containsExactly("19:1204", "1910:7");
        assertThat(jdbc.sql("SELECT code FROM submission_issue WHERE row_number = 4 AND column_name = 'unit_code'")
                .query(String.class).list()).containsExactly("ingest.row.outside-subtree");

        // both Excel dates came through as dates
        assertThat(jdbc.sql("SELECT registered_on FROM special_record ORDER BY record_id").query(LocalDate.class).list())
                .containsExactly(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6));
    }

    @Test
    void numbersAndCodesAreStoredAsMeantHoweverTheUnitWroteThem() throws Exception {
        // given a November register: leading zeros, spaced thousands, a decimal comma, lower-case codes, integers
        // the columns do not allow, non-breaking spaces around values, a line of them only, a value of one, and an
        // amount in tenge written with its currency
        Path november = Files.createDirectories(inbox.resolve("2026/11"));
        Files.writeString(november.resolve("acts_1910_2026-11.csv"), """
                act_id;unit_code;act_type;issued_on;addressee_kind;addressee;sphere;term_days;persons_disciplined;acts_revoked;amount_restored_kzt
                1910/26-11;1910;instruction;2026-11-02;state_body;Акимат;economy;007;1 000;2,0;0,5
                1910/26-12;1910;INSTRUCTION;2026-11-02;STATE_BODY;Акимат;ECONOMY;0;;;
                1910/26-13;1910;INSTRUCTION;2026-11-02;STATE_BODY;Акимат;ECONOMY;3651;-1;1.5;
                \u00A01910/26-14\u00A0;1910\u00A0;\u00A0INSTRUCTION;2026-11-02\u202F;STATE_BODY;Акимат;ECONOMY;;;;1 500,00 тг.
                \u00A0;\u00A0;;;;;;;;;
                1910/26-15;1910;INSTRUCTION;2026-11-02;STATE_BODY;\u00A0;ECONOMY;;;;
                """);

        // when
        collect(inbox);

        // then the first act is stored with its numbers and codes as meant
        assertThat(jdbc.sql("""
                SELECT act_type, addressee_kind, sphere, term_days, persons_disciplined, acts_revoked, amount_restored_kzt
                FROM act_row WHERE act_id = '1910/26-11'""").query().singleRow())
                .containsEntry("act_type", "INSTRUCTION").containsEntry("addressee_kind", "STATE_BODY")
                .containsEntry("sphere", "ECONOMY").containsEntry("term_days", 7)
                .containsEntry("persons_disciplined", 1000).containsEntry("acts_revoked", 2)
                .containsEntry("amount_restored_kzt", new java.math.BigDecimal("0.50"));
        // and the others are refused for each integer out of its column's range or not whole
        assertThat(jdbc.sql("""
                SELECT i.row_number || ' ' || i.column_name || ' ' || i.code FROM submission_issue i
                JOIN submission s ON s.id = i.submission_id WHERE s.file_name = 'acts_1910_2026-11.csv'
                ORDER BY i.row_number, i.column_name""").query(String.class).list())
                .containsExactly("3 term_days ingest.row.integer-out-of-range",
                        "4 acts_revoked ingest.row.bad-integer",
                        "4 persons_disciplined ingest.row.integer-out-of-range",
                        "4 term_days ingest.row.integer-out-of-range",
                        "7 addressee ingest.row.required");
        // the values in non-breaking spaces are stored without them, the line of them only is a blank line, and
        // an amount with its currency is the amount
        assertThat(jdbc.sql("SELECT act_id || ' ' || unit_code || ' ' || act_type || ' ' || issued_on || ' ' "
                + "|| coalesce(amount_restored_kzt::text, '-') FROM act_row WHERE act_id LIKE '1910/26-1_' ORDER BY act_id")
                .query(String.class).list())
                .containsExactly("1910/26-11 1910 INSTRUCTION 2026-11-02 0.50",
                        "1910/26-14 1910 INSTRUCTION 2026-11-02 1500.00");
    }

    @Test
    void headersAndCodesMayBeWrittenAsTheirKazakhOrRussianTitles() throws Exception {
        // given a November register headed in Russian and Kazakh as the unit's staff head it (other case, a
        // non-breaking space, «спецучета» without ё, required columns marked with an asterisk, a colon, a column of
        // its own), its codes written as their names, or
        // typed with a Cyrillic Е
        Path november = Files.createDirectories(inbox.resolve("2026/11"));
        Files.writeString(november.resolve("acts_1910_2026-11.csv"), """
                НОМЕР АКТА *;Бөлімше коды*;Вид акта;Дата подписания:;Адресат түрі;Адресат;Сфера надзора;\
                Результат рассмотрения;Дата рассмотрения;Номер записи спецучета;Примечание
                1910/26-31;1910;Протест;2026-11-02;Мемлекеттік орган;Акимат;экономика;удовлетворено  частично;\
                2026-11-20;;срочно
                1910/26-32;1910;Требование;2026-11-03;Должностное лицо;Аким;\u0415CONOMY;;;188-1;
                1910/26-33;1910;Протестт;2026-11-03;OFFICIAL;Аким;ECONOMY;;;;
                """);
        // a register naming act_id twice, once by its title; and an extract headed in Russian under a register's name
        Files.writeString(november.resolve("acts_1920_2026-11.csv"), """
                act_id;Номер акта;unit_code;act_type;issued_on;addressee_kind;addressee;sphere
                1920/26-1;1920/26-1;1920;PROTEST;2026-11-02;STATE_BODY;Акимат;ECONOMY
                """);
        Files.writeString(november.resolve("acts_1930_2026-11.csv"), """
                Регистрационный номер;Код подразделения;Дата регистрации;Статья УК;Категория;Состояние
                1930000001;1930;2026-11-02;188-1;Тяжкое преступление;В производстве
                """);
        // and a form headed in Kazakh, one indicator in lower case, one mistyped
        Files.writeString(november.resolve("form_1910_2026-11.csv"), """
                Бөлімше коды;Көрсеткіш;Мәні
                1910;acts.protest.issued;1
                1910;ACTS.PROTEST.ISUED;1
                """);

        // when
        collect(inbox);

        // then the acts are stored with their codes, whichever way the unit wrote them
        assertThat(jdbc.sql("""
                SELECT act_id || ' ' || act_type || ' ' || addressee_kind || ' ' || sphere || ' '
                       || coalesce(outcome, '-') || ' ' || coalesce(record_ref, '-')
                FROM act_row WHERE unit_code = '1910' AND act_id LIKE '1910/26-3_' ORDER BY act_id""")
                .query(String.class).list())
                .containsExactly("1910/26-31 PROTEST STATE_BODY ECONOMY PARTIALLY_SATISFIED -",
                        "1910/26-32 DEMAND OFFICIAL ECONOMY - 188-1");
        // a name that is no code's is refused with the codes and the hint that names are taken; the column of its
        // own is warned about as written
        assertThat(jdbc.sql("""
                SELECT coalesce(i.row_number::text, '-') || ' ' || i.code || ' ' || i.message_ru FROM submission_issue i
                JOIN submission s ON s.id = i.submission_id WHERE s.file_name = 'acts_1910_2026-11.csv'
                ORDER BY i.row_number NULLS FIRST""").query(String.class).list())
                .satisfiesExactly(
                        warning -> assertThat(warning).isEqualTo("- ingest.file.unknown-column "
                                + "Неизвестный столбец «Примечание» пропущен"),
                        refused -> assertThat(refused).startsWith("4 ingest.row.unknown-code Столбец «act_type»: "
                                + "«Протестт» не является ни допустимым кодом, ни названием кода").contains("PROTEST, ")
                                .contains("или их названия по-казахски или по-русски"));
        // the form's indicator is stored as the spec writes it; one the spec does not name is refused
        assertThat(jdbc.sql("SELECT indicator FROM form_row r JOIN submission s ON s.id = r.submission_id "
                + "WHERE s.file_name = 'form_1910_2026-11.csv'").query(String.class).list())
                .containsExactly("ACTS.PROTEST.ISSUED");
        assertThat(jdbc.sql("""
                SELECT i.row_number || ' ' || i.message_ru FROM submission_issue i
                JOIN submission s ON s.id = i.submission_id WHERE s.file_name = 'form_1910_2026-11.csv'""")
                .query(String.class).single())
                .startsWith("3 Столбец «indicator»: «ACTS.PROTEST.ISUED» не является ни допустимым кодом")
                .contains("ACTS.PROTEST.ISSUED, ACTS.PROTEST.CONSIDERED", "RECORDS.ESPECIALLY_GRAVE.REGISTERED");
        // a column named twice rejects the file, naming both cells; an extract under a register's name is told so
        assertThat(jdbc.sql("""
                SELECT s.file_name || ': ' || i.message_ru FROM submission_issue i
                JOIN submission s ON s.id = i.submission_id
                WHERE s.file_name IN ('acts_1920_2026-11.csv', 'acts_1930_2026-11.csv') ORDER BY s.file_name""")
                .query(String.class).list())
                .containsExactly("acts_1920_2026-11.csv: Столбец «act_id» встречается в заголовке дважды: "
                                + "«act_id», «Номер акта»",
                        "acts_1930_2026-11.csv: Столбцы файла — вида records, а имя файла называет вид acts (нет "
                                + "столбцов: act_id, act_type, issued_on, addressee_kind, addressee, sphere): это файл "
                                + "вида records, назовите его records_1930_2026-11.csv "
                                + "или пришлите файл вида acts");
    }

    @Test
    void aHeaderBelowTitleLinesIsFoundAndTheRowsBelowItAreTakenWithTheirNumbersAndTheirTotalsLeftOut() throws Exception {
        // given a register with its name and a blank line above the header, the name holding no separator, and its
        // sum below; and an extract kept in Excel with a title and a subtitle above its table, its second row a bad
        // one, and a totals line counting them by a formula
        Path november = Files.createDirectories(inbox.resolve("2026/11"));
        Files.writeString(november.resolve("acts_1910_2026-11.csv"), """
                Реестр актов прокурорского надзора за ноябрь 2026 года\r
                \r
                act_id,unit_code,act_type,issued_on,addressee_kind,addressee,sphere\r
                1910/26-41,1910,PROTEST,2026-11-02,STATE_BODY,Акимат,ECONOMY\r
                Барлығы:,,1,,,,\r
                """);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(november.resolve("records_19_2026-11.xlsx"))) {
            XSSFSheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("Выписка из специальных учётов");
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 5));
            sheet.createRow(1).createCell(0).setCellValue("по Алматинской области за ноябрь 2026 года");
            TypedCells.type(sheet, 2, "record_id", "unit_code", "registered_on", "article", "category", "status");
            TypedCells.type(sheet, 3, "261910000041", "1910", "02.11.2026", "188-1", "MINOR", "INVESTIGATION");
            TypedCells.type(sheet, 4, "261910000042", "1910", "31.11.2026", "188-1", "MINOR", "INVESTIGATION");
            TypedCells.type(sheet, 5, "Итого 2 записи");
            sheet.getRow(5).createCell(1).setCellFormula("COUNTA(A4:A5)");
            workbook.write(out);
        }

        // when
        collect(inbox);

        // then the rows below each header are taken, a bad one refused under its number in the file
        assertThat(jdbc.sql("SELECT act_id FROM act_row WHERE act_id = '1910/26-41'").query(String.class).list())
                .containsExactly("1910/26-41");
        assertThat(jdbc.sql("SELECT record_id FROM record_row WHERE record_id LIKE '2619100000__'").query(String.class)
                .list()).containsExactly("261910000041");
        assertThat(jdbc.sql("""
                SELECT s.file_name || ' ' || coalesce(i.row_number::text, '-') || ' ' || i.code || ' ' || i.message_ru
                FROM submission_issue i JOIN submission s ON s.id = i.submission_id
                WHERE s.period = '2026-11-01' ORDER BY s.file_name, i.row_number NULLS FIRST, i.id""")
                .query(String.class).list())
                .containsExactly("acts_1910_2026-11.csv - ingest.file.header-below Заголовок найден в строке 3, а не в "
                                + "первой: строки выше него (первая из них: «Реестр актов прокурорского надзора за ноябрь "
                                + "2026 года») пропущены, строки под ним приняты",
                        "acts_1910_2026-11.csv - ingest.file.totals-skipped Итоговые строки пропущены (строки 5): в "
                                + "файле нужны только строки данных, итоги считаются по ним",
                        "records_19_2026-11.xlsx - ingest.file.header-below Заголовок найден в строке 3, а не в "
                                + "первой: строки выше него (первая из них: «Выписка из специальных учётов») пропущены, "
                                + "строки под ним приняты",
                        "records_19_2026-11.xlsx - ingest.file.totals-skipped Итоговые строки пропущены (строки 6): в "
                                + "файле нужны только строки данных, итоги считаются по ним",
                        "records_19_2026-11.xlsx 5 ingest.row.bad-date Столбец «registered_on»: «31.11.2026» не "
                                + "является датой (ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)");
    }

    @Test
    void aRegionsExtractJoinedFromItsDistrictsFilesIsTakenWithoutTheirRepeatedHeaders() throws Exception {
        // given a region's extract made by joining two districts' files one after the other, the second with its
        // byte-order mark and header in the middle
        Path november = Files.createDirectories(inbox.resolve("2026/11"));
        String header = "record_id;unit_code;registered_on;article;category;status;decided_on\r\n";
        Files.writeString(november.resolve("records_19_2026-11.csv"), "\uFEFF" + header
                + "261910000051;1910;2026-11-02;188-1;MINOR;INVESTIGATION;\r\n"
                + "\uFEFF" + header
                + "261920000052;1920;2026-11-03;188-1;MINOR;INVESTIGATION;\r\n");

        // when
        collect(inbox);

        // then both districts' records are taken, and the unit is told the header was found again
        assertThat(jdbc.sql("SELECT record_id FROM record_row WHERE record_id LIKE '2619_00000__' ORDER BY 1")
                .query(String.class).list()).containsExactly("261910000051", "261920000052");
        assertThat(jdbc.sql("""
                SELECT s.rows_rejected || ' ' || i.message_ru FROM submission_issue i
                JOIN submission s ON s.id = i.submission_id WHERE s.file_name = 'records_19_2026-11.csv'""")
                .query(String.class).list()).containsExactly("0 Заголовок повторён среди строк (строки 3) — видимо, "
                        + "файлы соединены один за другим: повторы пропущены, строки под ними приняты");
    }

    @Test
    void registersSavedByExcelAsUnicodeTextOrInTheFormatOf97AreTakenAndAnotherFormatIsToldHowToBeSaved() throws Exception {
        // given a November register saved as Excel's "Unicode text" (UTF-16, tabs) and renamed to .csv, its third row
        // written with semicolons by hand
        Path november = Files.createDirectories(inbox.resolve("2026/11"));
        String text = """
                act_id\tunit_code\tact_type\tissued_on\taddressee_kind\taddressee\tsphere\r
                1910/26-21\t1910\tPROTEST\t02.11.2026\tSTATE_BODY\t"Акимат; отдел «Жер»"\tECONOMY\r
                1910/26-22\t1910\tWARNING\t03.11.2026\tOFFICIAL\tҚазақстан Ақтау\tECONOMY\r
                1910/26-23;1910;WARNING;03.11.2026;OFFICIAL;Аким;ECONOMY\r
                """;
        Files.write(november.resolve("acts_1910_2026-11.csv"),
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));
        // the same from another unit under the name Excel gives it; a third unit's as an Excel 97-2003 workbook; and a
        // LibreOffice spreadsheet
        Files.write(november.resolve("acts_1920_2026-11.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.replace("1910", "1920").getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             OutputStream out = Files.newOutputStream(november.resolve("acts_1930_2026-11.xls"))) {
            var sheet = workbook.createSheet();
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            List<String> lines = text.replace("1910", "1930").lines().limit(3).toList();
            for (int r = 0; r < lines.size(); r++) {
                String[] values = lines.get(r).replace("\r", "").replace("\"", "").split("\t");
                var row = sheet.createRow(r);
                for (int c = 0; c < values.length; c++) {
                    if (r > 0 && c == 3) {
                        row.createCell(c).setCellValue(LocalDate.parse(values[c],
                                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
                        row.getCell(c).setCellStyle(dates);
                    } else {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            workbook.write(out);
        }
        Files.writeString(november.resolve("acts_1940_2026-11.ods"), "PK");
        // and a workbook saved by Excel, then renamed .csv
        try (XSSFWorkbook workbook = new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(november.resolve("acts_2310_2026-11.csv"))) {
            XSSFSheet sheet = workbook.createSheet();
            TypedCells.type(sheet, 0, "act_id", "unit_code", "act_type", "issued_on", "addressee_kind", "addressee",
                    "sphere");
            TypedCells.type(sheet, 1, "2310/26-21", "2310", "PROTEST", "02.11.2026", "STATE_BODY",
                    "Акимат", "ECONOMY");
            workbook.write(out);
        }

        // when
        collect(inbox);

        // then its good rows are loaded as written, from either name, and so are the Excel 97-2003 workbook's
        assertThat(jdbc.sql("SELECT act_id || ' ' || issued_on || ' ' || addressee FROM act_row WHERE act_id LIKE '19_0/26-2_' ORDER BY act_id")
                .query(String.class).list())
                .containsExactly("1910/26-21 2026-11-02 Акимат; отдел «Жер»", "1910/26-22 2026-11-03 Қазақстан Ақтау",
                        "1920/26-21 2026-11-02 Акимат; отдел «Жер»", "1920/26-22 2026-11-03 Қазақстан Ақтау",
                        "1930/26-21 2026-11-02 Акимат; отдел «Жер»", "1930/26-22 2026-11-03 Қазақстан Ақтау");
        // the LibreOffice spreadsheet is refused for its unit, saying how to save it
        assertThat(jdbc.sql("""
                SELECT s.status || ' ' || s.unit_code || ' ' || i.message_ru FROM submission s
                JOIN submission_issue i ON i.submission_id = s.id WHERE s.file_name = 'acts_1940_2026-11.ods'""")
                .query(String.class).single())
                .startsWith("REJECTED 1940 Файл «acts_1940_2026-11.ods» — книга формата .ods")
                .contains("под именем acts_1940_2026-11.xlsx");
        // and the row written with another separator is refused, the file's separator named by its key
        assertThat(jdbc.sql("""
                SELECT i.row_number || ' ' || i.code || ' ' || i.message_ru FROM submission_issue i
                JOIN submission s ON s.id = i.submission_id WHERE s.file_name = 'acts_1910_2026-11.csv'""")
                .query(String.class).list())
                .singleElement().asString().startsWith("4 ingest.row.too-narrow").contains("«Tab»");
        assertThat(statuses()).containsEntry("acts_1920_2026-11.txt", "LOADED").containsEntry("acts_1930_2026-11.xls", "LOADED");
        assertThat(jdbc.sql("SELECT act_id || ' ' || issued_on FROM act_row WHERE unit_code = '2310'").query(String.class)
                .list()).containsExactly("2310/26-21 2026-11-02");
    }

    @Test
    void aRegisterTypedIntoTheUnitsWorkbookIsTakenAsTyped() throws Exception {
        // given the workbook for registers, in Russian, as the office hands it out
        byte[] template = templates.workbook(kz.legalstat.reference.SubmissionKind.ACTS, Lang.ru);
        Path file = Files.createDirectories(inbox.resolve("2026/11")).resolve("acts_1910_2026-11.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            // it holds the header the collection matches, each column explained and checked as the collection does
            List<String> header = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            // the columns of a register, in the order docs/submissions.md gives them
            assertThat(header).containsExactly("act_id", "unit_code", "act_type", "issued_on", "addressee_kind",
                    "addressee", "sphere", "received_on", "term_days", "considered_on", "outcome", "reported_on",
                    "persons_disciplined", "acts_revoked", "amount_restored_kzt", "record_ref");
            assertThat(sheet.getCellComment(new CellAddress(0, 2)).getString().getString())
                    .isEqualTo("Вид акта прокурорского надзора\nОбязательный столбец.\n"
                            + "Вместо имени столбца можно написать «Вид акта» или «Акт түрі».");
            Map<String, DataValidation> checks = new java.util.HashMap<>();
            sheet.getDataValidations().forEach(check -> checks.put(
                    header.get(check.getRegions().getCellRangeAddress(0).getFirstColumn()), check));
            assertThat(checks).hasSize(header.size());
            assertThat(checks.get("act_type").getValidationConstraint().getFormula1()).isEqualTo("list_act_type");
            assertThat(checks.get("unit_code").getValidationConstraint().getFormula1()).isEqualTo("list_unit_code");
            assertThat(checks.get("issued_on").getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
            assertThat(checks.get("term_days").getValidationConstraint())
                    .satisfies(c -> assertThat(List.of(c.getFormula1(), c.getFormula2())).containsExactly("1", "3650"));
            assertThat(checks.get("act_type").getErrorBoxText()).contains("«Коды»");
            // the lists are on the sheet of codes, named as the pages name them
            XSSFSheet codes = workbook.getSheet("Коды");
            List<String> units = new java.util.ArrayList<>();
            for (int r = 1; codes.getRow(r) != null && codes.getRow(r).getCell(0) != null; r++) {
                units.add(codes.getRow(r).getCell(0).getStringCellValue() + " " + codes.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(units).hasSize(85).startsWith("71 город Астана").contains("1910 Илийский район");
            assertThat(workbook.getName("list_act_type").getRefersToFormula()).isEqualTo("'Коды'!$D$2:$D$9");
            assertThat(codes.getRow(1).getCell(3).getStringCellValue()).isEqualTo("PROTEST");
            assertThat(codes.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Протест");

            // when a clerk types an act as Excel keeps it in the columns' formats: the number 0012 as text, the
            // dates as date cells, the term as a number
            TypedCells.type(sheet, 1, "0012", "1910", "PROTEST", LocalDate.of(2026, 11, 2), "STATE_BODY",
                    "Акимат Илийского района", "ECONOMY", LocalDate.of(2026, 11, 3), 15);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        collect(inbox);

        // then the act is taken as typed
        assertThat(jdbc.sql("SELECT act_id, issued_on, received_on, term_days FROM act_row WHERE act_id = '0012'")
                .query().singleRow())
                .containsEntry("issued_on", java.sql.Date.valueOf("2026-11-02"))
                .containsEntry("received_on", java.sql.Date.valueOf("2026-11-03")).containsEntry("term_days", 15);
        assertThat(jdbc.sql("SELECT rows_loaded || '/' || rows_rejected FROM submission WHERE file_name = ?")
                .param(file.getFileName().toString()).query(String.class).single()).isEqualTo("1/0");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void filesAlreadyTakenAreNotTakenAgainEvenUnderAnotherName() throws Exception {
        // given a first collection
        collect(inbox);
        long rows = jdbc.sql("SELECT count(*) FROM act_row").query(Long.class).single();
        // and the same bytes saved again elsewhere under a new date
        Path copy = Files.createDirectories(inbox.resolve("again")).resolve("acts_1910_2026-10.csv");
        Files.copy(inbox.resolve("2026/10/acts_1910_2026-10.csv"), copy);

        // when
        Run second = collect(inbox);

        // then nothing new was registered or loaded
        assertThat(second.unchanged()).isEqualTo(6);
        assertThat(jdbc.sql("SELECT count(*) FROM submission").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM act_row").query(Long.class).single()).isEqualTo(rows);
    }

    @Test
    void theSameBytesForAnotherMonthAreAnotherSubmission() throws Exception {
        // given a month with no activity: a form of zeros, byte for byte the same as the next month's
        String zeros = "unit_code;indicator;value\n1910;ACTS.PROTEST.ISSUED;0\n";
        Path months = Files.createDirectories(inbox.resolve("quiet"));
        Files.writeString(months.resolve("form_1910_2026-08.csv"), zeros);
        Files.writeString(months.resolve("form_1910_2026-09.csv"), zeros);
        // and a file of an unknown unit seen again on the next night
        collect(inbox);

        // when
        Run again = collect(inbox);

        // then both months were taken, and nothing was taken twice
        assertThat(jdbc.sql("SELECT to_char(period, 'YYYY-MM') FROM submission WHERE kind = 'form' AND unit_code = '1910' "
                + "ORDER BY period").query(String.class).list()).containsExactly("2026-08", "2026-09");
        assertThat(again.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(again.unchanged()).isEqualTo(7);
    }

    @Test
    void aCorrectionReplacesTheEarlierVersionWhichStaysInTheHistory() throws Exception {
        // given the first version, then a corrected register with one act considered
        collect(inbox);
        Path corrections = Files.createDirectories(inbox.resolve("corrections"));
        Files.writeString(corrections.resolve("acts_1910_2026-10.csv"), """
                act_id;unit_code;act_type;issued_on;addressee_kind;addressee;sphere;considered_on;outcome
                1910/26-2;1910;PROTEST;2026-10-05;COURT;Районный суд;CRIMINAL_PROCEEDINGS;2026-10-12;REJECTED
                """);

        // when
        collect(inbox);

        // then version 2 is current, version 1 kept
        assertThat(jdbc.sql("""
                SELECT version || ':' || is_current FROM submission
                WHERE kind = 'acts' AND unit_code = '1910' ORDER BY version""").query(String.class).list())
                .containsExactly("1:false", "2:true");
        assertThat(jdbc.sql("SELECT count(*) FROM act_row").query(Long.class).single()).isEqualTo(3);
        // and the current state is the corrected one only
        assertThat(jdbc.sql("SELECT act_id || ':' || outcome FROM act").query(String.class).list())
                .containsExactly("1910/26-2:REJECTED");
    }

    @Test
    void aCorrectionOfTheSameSizeWrittenOverTheFileWithItsOldTimeIsTaken() throws Exception {
        // given a register taken, then overwritten by a correction of the same length whose copy kept the old
        // modification time (as cp -p, an unpacked archive or a synchronised folder do)
        Path register = Files.createDirectories(inbox.resolve("same-place")).resolve("acts_1930_2026-10.csv");
        String header = "act_id;unit_code;act_type;issued_on;addressee_kind;addressee;sphere;outcome\n";
        Files.writeString(register, header + "1930/26-7;1930;PROTEST;2026-10-05;COURT;Суд;CRIMINAL_PROCEEDINGS;\n");
        FileTime delivered = Files.getLastModifiedTime(register);
        collect(inbox);
        Files.writeString(register, header + "1930/26-7;1930;PROTEST;2026-10-06;COURT;Суд;CRIMINAL_PROCEEDINGS;\n");
        Files.setLastModifiedTime(register, delivered);

        // when
        Run again = collect(inbox);

        // then the correction is read and current
        assertThat(again.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.sql("""
                SELECT version || ':' || is_current FROM submission
                WHERE kind = 'acts' AND unit_code = '1930' ORDER BY version""").query(String.class).list())
                .containsExactly("1:false", "2:true");
        assertThat(jdbc.sql("SELECT issued_on::text FROM act WHERE act_id = '1930/26-7'").query(String.class).single())
                .isEqualTo("2026-10-06");
    }

    @Test
    void aBrokenCorrectionLeavesTheAcceptedVersionInPlace() throws Exception {
        // given
        collect(inbox);
        Path corrections = Files.createDirectories(inbox.resolve("corrections"));
        Files.write(corrections.resolve("acts_1910_2026-10.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});

        // when
        Run execution = collect(inbox);

        // then the broken file is rejected with one reason and the first version still counts
        assertThat(execution.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(statuses()).containsEntry("acts_1910_2026-10.xlsx", "REJECTED");
        assertThat(jdbc.sql("SELECT count(*) FROM act").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM submission_issue i JOIN submission s ON s.id = i.submission_id
                WHERE s.file_name = 'acts_1910_2026-10.xlsx' AND i.row_number IS NULL""").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void reportsGoOnReadingTheCurrentStateWhileItsDeadlinesAreDerivedAgain() throws Exception {
        // given a current state with rows, and a change of the terms that moves every deadline
        collect(inbox);
        LocalDate before = jdbc.sql("SELECT min(deadline_on) FROM act").query(LocalDate.class).single();
        jdbc.sql("UPDATE term_rule SET term = term + 5 WHERE term IS NOT NULL").update();
        try (Connection holder = dataSource.getConnection(); Connection reader = dataSource.getConnection()) {
            // and the acts' history kept from writers, so that the derivation stops half-way, before it writes
            holder.setAutoCommit(false);
            holder.createStatement().execute("LOCK TABLE act_row IN SHARE MODE");
            CompletableFuture<Void> derivation = CompletableFuture.runAsync(currentState::refresh);
            await(() -> jdbc.sql("""
                    SELECT count(*) FROM pg_stat_activity
                    WHERE wait_event_type = 'Lock' AND query LIKE '%UPDATE act_row r%'""")
                    .query(Long.class).single() == 1);

            // when a report reads the acts meanwhile, then it is answered at once, from the state before
            reader.createStatement().execute("SET lock_timeout = '2s'");
            try (var rows = reader.createStatement().executeQuery("SELECT count(*), min(deadline_on) FROM act")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(2);
                assertThat(rows.getObject(2, LocalDate.class)).isEqualTo(before);
            }

            // and the derivation completes once the history is free again
            holder.rollback();
            derivation.get(30, TimeUnit.SECONDS);
        } finally {
            jdbc.sql("UPDATE term_rule SET term = term - 5 WHERE term IS NOT NULL").update();
            currentState.refresh();
        }
        assertThat(jdbc.sql("SELECT min(deadline_on) FROM act").query(LocalDate.class).single()).isEqualTo(before);
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(50)).until(condition);
    }

    @Test
    void rowsKeepTheirSubmissionWithoutAForeignKeyPerRow() throws Exception {
        // given a collected register
        collect(inbox);
        long submission = jdbc.sql("SELECT submission_id FROM act_row LIMIT 1").query(Long.class).single();

        // then rows of a submission that does not exist are refused as a foreign key would, whole statement
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO act_row (submission_id, row_number, act_id, unit_code, act_type, issued_on,
                                     addressee_kind, addressee, sphere)
                SELECT submission_id, row_number + 1000, act_id, unit_code, act_type, issued_on, addressee_kind,
                       addressee, sphere FROM act_row
                UNION ALL
                SELECT -1, 1, 'X', '1910', 'PROTEST', DATE '2026-10-01', 'COURT', 'Суд', 'CRIMINAL_PROCEEDINGS'""")
                .update()).hasMessageContaining("submission -1, which does not exist");
        assertThatThrownBy(() -> jdbc.sql("UPDATE record_row SET submission_id = -2").update())
                .hasMessageContaining("submission -2, which does not exist");
        // and a submission with rows stays, as history
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM submission WHERE id = ?").param(submission).update())
                .hasMessageContaining("has rows, which are kept as history");
        assertThat(jdbc.sql("SELECT count(*) FROM act_row WHERE row_number > 1000").query(Long.class).single())
                .isZero();
    }

    /**
     * Runs the job on the folder. It returns a {@link Run}, not the JobExecution: @SpringBatchTest's scope
     * listener calls any test method returning a JobExecution to build its scope.
     */
    private Run collect(Path folder) throws Exception {
        JobExecution execution = jobs.startJob(new JobParametersBuilder(jobs.getUniqueJobParameters())
                .addString("inbox", folder.toString()).toJobParameters());
        return new Run(execution.getStatus(), execution.getExecutionContext().getInt(CollectResult.UNCHANGED_KEY, -1));
    }

    private record Run(BatchStatus status, int unchanged) {
    }

    private Map<String, Object> statuses() {
        return jdbc.sql("SELECT file_name, status FROM submission").query()
                .listOfRows().stream().collect(java.util.stream.Collectors.toMap(
                        r -> r.get("file_name").toString(), r -> r.get("status")));
    }

    private static void writeRecordsXlsx(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Лист1");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            String[] header = {"Record_ID", " unit_code ", "registered_on", "article", "category", "status", "decided_on"};
            var head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            var first = sheet.createRow(1);
            first.createCell(0).setCellValue("26190000001");
            first.createCell(1).setCellValue(1910);
            first.createCell(2).setCellValue(LocalDate.of(2026, 10, 5));
            first.getCell(2).setCellStyle(dateStyle);
            first.createCell(3).setCellValue("188-2");
            first.createCell(4).setCellValue("MEDIUM");
            first.createCell(5).setCellValue("INVESTIGATION");
            var second = sheet.createRow(2);
            second.createCell(0).setCellValue("26190000002");
            second.createCell(1).setCellValue("19");
            second.createCell(2).setCellValue("06.10.2026");
            second.createCell(3).setCellValue("190-2");
            second.createCell(4).setCellValue("medium");
            second.createCell(5).setCellValue("TERMINATED");
            second.createCell(6).setCellValue("2026-10-20");
            workbook.write(out);
        }
    }
}
