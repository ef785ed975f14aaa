package kz.legalstat.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import kz.legalstat.PostgresTest;
import kz.legalstat.schedule.Pipeline;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files no unit should send but some will: each gets one clear reason, in bounded time and memory, and the
 * good file beside them loads.
 */
class HostileFilesTest extends PostgresTest {

    @Autowired
    Pipeline pipeline;

    @TempDir
    Path inbox;

    @Test
    void everyHostileFileIsRejectedWithItsReasonAndTheGoodOneLoads() throws IOException {
        // a good form
        Files.writeString(inbox.resolve("form_1910_2026-10.csv"),
                "unit_code;indicator;value\n1910;ACTS.PROTEST.ISSUED;3\n");
        // a 2 GB file (sparse: it takes no disk)
        try (RandomAccessFile huge = new RandomAccessFile(inbox.resolve("acts_7510_2026-10.csv").toFile(), "rw")) {
            huge.setLength(2L << 30);
        }
        // a "CSV" of 3 million characters without a line break
        try (Writer out = Files.newBufferedWriter(inbox.resolve("records_19_2026-10.csv"))) {
            out.write("record_id;unit_code;registered_on;article;category;status;decided_on\n");
            for (int i = 0; i < 300_000; i++) {
                out.write("xxxxxxxxx;");
            }
        }
        // a data line of 10 000 columns under a header of three
        Files.writeString(inbox.resolve("form_79_2026-10.csv"), "unit_code;indicator;value\n79;ACTS.PROTEST.ISSUED;1"
                + ";5".repeat(10_000) + "\n79;ACTS.SUBMISSION.ISSUED;2\n");
        // an Excel register with a formula where a date should be
        writeWithFormula(inbox.resolve("acts_1510_2026-10.xlsx"));
        // a zip bomb dressed as a workbook
        writeZipBomb(inbox.resolve("acts_1520_2026-10.xlsx"));
        // a truncated workbook
        byte[] good = Files.readAllBytes(inbox.resolve("acts_1510_2026-10.xlsx"));
        Files.write(inbox.resolve("acts_1530_2026-10.xlsx"), java.util.Arrays.copyOf(good, good.length / 2));
        // a truncated Excel 97-2003 workbook, and an image named as one
        Path old = inbox.resolve("old.xls");
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); var out = Files.newOutputStream(old)) {
            var sheet = workbook.createSheet();
            for (int r = 0; r < 2000; r++) {
                sheet.createRow(r).createCell(0).setCellValue("строка " + r);
            }
            workbook.write(out);
        }
        byte[] whole = Files.readAllBytes(old);
        Files.delete(old);
        Files.write(inbox.resolve("acts_1110_2026-10.xls"), java.util.Arrays.copyOf(whole, whole.length / 3));
        Files.write(inbox.resolve("acts_1120_2026-10.xls"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});

        // when
        long start = System.nanoTime();
        BatchStatus status = pipeline.collect(inbox, Optional.empty()).getStatus();
        double seconds = (System.nanoTime() - start) / 1e9;

        // then
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        assertThat(seconds).as("collection time with a 2 GB file in the inbox").isLessThan(60);
        Map<String, String> reasons = jdbc.sql("""
                SELECT s.file_name, s.status || ' ' || coalesce(string_agg(i.code, ',' ORDER BY i.code), '')
                FROM submission s LEFT JOIN submission_issue i ON i.submission_id = s.id
                GROUP BY s.file_name, s.status""").query().listOfRows().stream()
                .collect(Collectors.toMap(r -> r.get("file_name").toString(), r -> r.get(r.keySet().toArray()[1]).toString()));
        assertThat(reasons).containsEntry("form_1910_2026-10.csv", "LOADED ")
                .containsEntry("acts_7510_2026-10.csv", "REJECTED ingest.file.too-large")
                .containsEntry("records_19_2026-10.csv", "REJECTED ingest.file.line-too-long")
                .containsEntry("form_79_2026-10.csv", "LOADED ingest.row.too-wide")
                .containsEntry("acts_1510_2026-10.xlsx", "LOADED ingest.row.excel-error,ingest.row.formula")
                .containsEntry("acts_1520_2026-10.xlsx", "REJECTED ingest.file.zip-bomb")
                .containsEntry("acts_1530_2026-10.xlsx", "REJECTED ingest.file.not-xlsx")
                .containsEntry("acts_1110_2026-10.xls", "REJECTED ingest.file.not-xls")
                .containsEntry("acts_1120_2026-10.xls", "REJECTED ingest.file.not-xls");
        // the wide row alone was refused; the formula row alone; every good row loaded
        assertThat(jdbc.sql("SELECT count(*) FROM form_row").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM act_row").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void brokenQuotingAndCutRowsAreToldWhereAndHowToMendThem() throws IOException {
        // given a register whose third record (from line 4: the second takes two lines) has an undoubled quote,
        // a form whose first row is written with the other separator, and an extract that leaves out the
        // empty optional decided_on at the end of a row
        Files.writeString(inbox.resolve("acts_1910_2026-10.csv"), """
                act_id,unit_code,act_type,issued_on,addressee_kind,addressee,sphere
                1910/1,1910,PROTEST,2026-10-01,STATE_BODY,"Аким
                района",OTHER
                1910/2,1910,PROTEST,2026-10-01,STATE_BODY,"Аким "города" Алматы",OTHER
                """);
        Files.writeString(inbox.resolve("form_1910_2026-10.csv"), """
                unit_code,indicator,value
                1910;ACTS.PROTEST.ISSUED;3
                1910,ACTS.SUBMISSION.ISSUED,2
                """);
        Files.writeString(inbox.resolve("records_1910_2026-10.csv"), """
                record_id,unit_code,registered_on,article,category,status,decided_on
                261910000001,1910,2026-10-01,188-2,MINOR,INVESTIGATION
                """);

        // when
        assertThat(pipeline.collect(inbox, Optional.empty()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        // then the register is refused whole, saying where its quoting breaks and how a quote is written
        var refusal = jdbc.sql("""
                SELECT s.status, i.code, i.message_ru, i.message_kk FROM submission s
                JOIN submission_issue i ON i.submission_id = s.id WHERE s.file_name = 'acts_1910_2026-10.csv'""")
                .query().singleRow();
        assertThat(refusal).containsEntry("status", "REJECTED").containsEntry("code", "ingest.file.bad-quotes");
        assertThat(refusal.get("message_ru").toString()).startsWith("Запись 3 (начинается в строке 4 файла)")
                .contains("«,»", "(\"\")");
        assertThat(refusal.get("message_kk").toString()).startsWith("3-жазба (файлдың 4-жолынан басталады)");
        assertThat(jdbc.sql("SELECT count(*) FROM act_row").query(Long.class).single()).isZero();
        // the form's row with the other separator alone is refused, as one broken row (its one long value is
        // checked as written) rather than as values missing one by one
        assertThat(jdbc.sql("""
                SELECT i.row_number || ' ' || i.code || ' ' || i.message_ru FROM submission_issue i
                JOIN submission s ON s.id = i.submission_id WHERE s.file_name = 'form_1910_2026-10.csv'
                ORDER BY i.code""")
                .query(String.class).list())
                .containsExactly("2 ingest.row.too-narrow Значений в строке: 1, столбцов в заголовке: 3; строка "
                                + "оборвана или её значения разделены не знаком «,», как в заголовке",
                        "2 ingest.row.unknown-unit Подразделение с кодом «1910;ACTS.PROTEST.ISSUED;3» отсутствует "
                                + "в справочнике");
        assertThat(jdbc.sql("SELECT indicator FROM form_row").query(String.class).list())
                .containsExactly("ACTS.SUBMISSION.ISSUED");
        // a row short of an optional value only is taken
        assertThat(jdbc.sql("SELECT count(*) FROM record_row WHERE decided_on IS NULL").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aFileWhoseFirstLineIsNotItsKindsHeaderIsToldWhatTheLineHolds() throws IOException {
        // given an extract sent under a register's name, and a register whose header is lost below its title
        Files.writeString(inbox.resolve("acts_1910_2026-10.csv"), """
                record_id;unit_code;registered_on;article;category;status;decided_on
                261910000001;1910;2026-10-01;188-2;MINOR;INVESTIGATION;
                """);
        Files.writeString(inbox.resolve("acts_1920_2026-10.csv"), "Реестр актов прокурорского надзора за октябрь 2026 года"
                + ";;;;;;\n" + "1920/1;1920;PROTEST;2026-10-01;STATE_BODY;Аким;OTHER\n".repeat(10)
                + "act_id;unit_code;act_type;issued_on;addressee_kind;addressee;sphere\n");

        // when
        assertThat(pipeline.collect(inbox, Optional.empty()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        // then each is refused with what would mend it
        Map<String, String> refusals = jdbc.sql("""
                SELECT s.file_name, i.code || ' ' || i.message_ru AS refusal FROM submission s
                JOIN submission_issue i ON i.submission_id = s.id""").query().listOfRows().stream()
                .collect(Collectors.toMap(r -> r.get("file_name").toString(), r -> r.get("refusal").toString()));
        assertThat(refusals.get("acts_1910_2026-10.csv")).isEqualTo("ingest.file.other-kind Столбцы файла — вида "
                + "records, а имя файла называет вид acts (нет столбцов: act_id, act_type, issued_on, addressee_kind, "
                + "addressee, sphere): это файл вида records, назовите его records_1910_2026-10.csv или пришлите файл "
                + "вида acts");
        assertThat(refusals.get("acts_1920_2026-10.csv")).startsWith("ingest.file.missing-columns В заголовке нет "
                + "обязательных столбцов: act_id («Номер акта», «Акт нөмірі»), unit_code («Код подразделения», "
                + "«Бөлімше коды»), act_type").endsWith("Заголовок — первая строка файла, а в ней: "
                + "Реестр актов прокурорского надзора за октябрь 2026 года");
    }

    @Test
    void aFileWhoseEveryRowIsWrongListsTheFirstIssuesAndCountsTheRest() throws IOException {
        // given a register whose dates are all in another form, the last rows with an unknown act type too, and
        // one good row at its end: five rows more than the 10 000 issues listed one by one
        int listed = 10_000;
        int bad = listed + 5;
        StringBuilder text = new StringBuilder("act_id;unit_code;act_type;issued_on;addressee_kind;addressee;sphere\n");
        for (int i = 1; i <= bad; i++) {
            text.append("1910/").append(i).append(";1910;").append(i > bad - 3 ? "ПРОТЕСТТ" : "PROTEST")
                    .append(";11/02/2026;STATE_BODY;Аким;OTHER\n");
        }
        text.append("1910/0;1910;PROTEST;2026-11-02;STATE_BODY;Аким;OTHER\n");
        Files.writeString(inbox.resolve("acts_1910_2026-11.csv"), text);

        // when
        assertThat(pipeline.collect(inbox, Optional.empty()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        // then every bad row is refused and counted, the first issues listed, the rest told per column and fault
        // (numbers in Russian grouped by non-breaking spaces)
        assertThat(jdbc.sql("SELECT rows_loaded || ' ' || rows_rejected FROM submission").query(String.class).single())
                .isEqualTo("1 " + bad);
        assertThat(jdbc.sql("SELECT count(*) FROM submission_issue WHERE row_number IS NOT NULL").query(Long.class)
                .single()).isEqualTo(listed);
        assertThat(jdbc.sql("""
                SELECT message_ru FROM submission_issue WHERE code = 'ingest.file.more-row-issues' ORDER BY id""")
                .query(String.class).list().stream().map(m -> m.replace('\u00A0', ' ')).toList()).containsExactly(
                        "Строк, отклонённых по столбцу «issued_on» так же, как строка 10 002, ещё 5: они не "
                                + "перечислены (перечисляются первые 10 000 ошибок строк файла). Ошибка: Столбец "
                                + "«issued_on»: «11/02/2026» не является датой (ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)",
                        "Строк, отклонённых по столбцу «act_type» так же, как строка 10 004, ещё 3: они не "
                                + "перечислены (перечисляются первые 10 000 ошибок строк файла). Ошибка: Столбец "
                                + "«act_type»: «ПРОТЕСТТ» не является ни допустимым кодом, ни названием кода; "
                                + "допустимы: PROTEST, SUBMISSION, WARNING, APPEAL, EXPLANATION, INSTRUCTION, "
                                + "RESOLUTION, DEMAND — или их названия по-казахски или по-русски, как в справочнике "
                                + "кодов");
    }

    @Test
    void aValueTooLongToShowIsShownCut() throws IOException {
        // given a register whose rows hold a name and a date of 300 000 characters each
        String huge = "Ақ".repeat(150_000);
        Files.writeString(inbox.resolve("acts_1910_2026-11.csv"),
                "act_id;unit_code;act_type;issued_on;addressee_kind;addressee;sphere\n"
                        + ("1910/1;1910;PROTEST;2026-11-02;STATE_BODY;" + huge + ";OTHER\n")
                        + ("1910/2;1910;PROTEST;" + huge + ";STATE_BODY;Аким;OTHER\n"));

        // when
        assertThat(pipeline.collect(inbox, Optional.empty()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        // then both rows are refused, each value stored and told in its first 200 characters
        assertThat(jdbc.sql("""
                SELECT row_number || ' ' || code || ' ' || length(value) || ' ' || (length(message_ru) < 500)
                FROM submission_issue ORDER BY row_number""").query(String.class).list())
                .containsExactly("2 ingest.row.too-long 201 true", "3 ingest.row.bad-date 201 true");
        assertThat(jdbc.sql("SELECT value FROM submission_issue WHERE row_number = 3").query(String.class).single())
                .isEqualTo(huge.substring(0, 200) + "…");
    }

    private static void writeWithFormula(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            String[] header = {"act_id", "unit_code", "act_type", "issued_on", "addressee_kind", "addressee", "sphere",
                    "considered_on", "outcome"};
            var head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= 3; r++) {
                var row = sheet.createRow(r);
                String[] values = {"1510/26-" + r, "1510", "PROTEST", "2026-10-01", "STATE_BODY", "Акимат", "OTHER"};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
                if (r == 2) {
                    row.createCell(7).setCellFormula("DATE(2026,10,5)");
                    row.createCell(8).setCellValue("SATISFIED");
                } else if (r == 3) {
                    // the value of a formula that failed, pasted as a value
                    row.createCell(7).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
                    row.createCell(8).setCellValue("SATISFIED");
                } else {
                    row.createCell(7).setCellValue(LocalDate.of(2026, 10, 5).toString());
                    row.createCell(8).setCellValue("SATISFIED");
                }
            }
            workbook.write(out);
        }
    }

    /** A workbook whose sheet inflates from about 100 KB to 100 MB. */
    private static void writeZipBomb(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
    }
}
