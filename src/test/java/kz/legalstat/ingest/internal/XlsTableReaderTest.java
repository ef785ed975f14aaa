package kz.legalstat.ingest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsTableReaderTest {

    private static final IngestLimits LIMITS = new IngestLimits(1 << 20, 200, 10_000, 1 << 20);

    @TempDir
    Path dir;

    @Test
    void theFirstSheetOfAnExcel97WorkbookIsReadCellByCellAsAnXlsxIs() throws IOException {
        // given a register as Excel 97-2003 saves it: a title row left blank, text, a date cell, numbers, a formula, an
        // error and a truth value; a second sheet of notes
        Path file = dir.resolve("acts.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Реестр");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            sheet.createRow(0).createCell(0).setBlank();
            var header = sheet.createRow(1);
            String[] names = {"act_id", "issued_on", "term_days", "amount_restored_kzt", "addressee", "flag"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            var row = sheet.createRow(2);
            row.createCell(0).setCellValue("0012");
            row.createCell(1).setCellValue(LocalDate.of(2026, 11, 2));
            row.getCell(1).setCellStyle(dateStyle);
            row.createCell(2).setCellValue(30);
            row.createCell(3).setCellValue(1250000.5);
            row.createCell(4).setCellValue("Акимат «Жер»; Қазақстан");
            row.createCell(5).setCellValue(true);
            var bad = sheet.createRow(4);
            bad.createCell(0).setCellValue("0013");
            bad.createCell(2).setCellFormula("10+5");
            bad.createCell(3).setCellErrorValue(FormulaError.DIV0.getCode());
            workbook.createSheet("Пояснения").createRow(0).createCell(0).setCellValue("не реестр");
            workbook.write(out);
        }

        // when
        List<RawRow> rows = new ArrayList<>();
        try (TableReader reader = TableReader.open(file, "xls", LIMITS)) {
            assertThat(reader.header()).containsExactly("act_id", "issued_on", "term_days", "amount_restored_kzt",
                    "addressee", "flag");
            assertThat(reader.separator()).isEmpty();
            for (RawRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }

        // then the rows keep Excel's numbers, the date is a date, and the formula and the error are told apart
        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(3, 5);
        assertThat(rows.get(0).cells()).containsExactly("0012", "2026-11-02", "30", "1250000.5",
                "Акимат «Жер»; Қазақстан", "true");
        assertThat(rows.get(0).formulaCells()).isEmpty();
        assertThat(rows.get(1).cell(0)).isEqualTo("0013");
        assertThat(rows.get(1).formulaCells()).containsExactly(2);
        assertThat(rows.get(1).errorCells()).containsExactly(3);
    }

    @Test
    void anXlsxNamedXlsIsReadAsWhatItIs() throws IOException {
        Path file = headerOnly(new XSSFWorkbook(), dir.resolve("renamed.xls"));

        try (TableReader reader = TableReader.open(file, "xls", LIMITS)) {
            assertThat(reader.header()).containsExactly("act_id");
        }
    }

    @Test
    void anXlsNamedXlsxIsReadAsWhatItIsAndAnXlsxWithAPasswordIsToldSo() throws Exception {
        Path renamed = headerOnly(new HSSFWorkbook(), dir.resolve("renamed.xlsx"));
        Path locked = dir.resolve("locked.xlsx");
        try (POIFSFileSystem container = new POIFSFileSystem(); XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("act_id");
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("пароль");
            try (OutputStream out = encryptor.getDataStream(container)) {
                workbook.write(out);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                container.writeFilesystem(out);
            }
        }

        try (TableReader reader = TableReader.open(renamed, "xlsx", LIMITS)) {
            assertThat(reader.header()).containsExactly("act_id");
        }
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> TableReader.open(locked, "xlsx", LIMITS));
        assertThat(thrown).isInstanceOfSatisfying(RejectedIOException.class,
                e -> assertThat(e.rejection().code()).isEqualTo("ingest.file.encrypted"));
    }

    @Test
    void whatCannotBeReadIsRefusedWithTheReason() throws IOException {
        Path text = Files.writeString(dir.resolve("text.xls"), "act_id;unit_code\n1;1910\n");
        Path locked;
        Biff8EncryptionKey.setCurrentUserPassword("пароль");
        try {
            locked = headerOnly(new HSSFWorkbook(), dir.resolve("locked.xls"));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        Path empty = dir.resolve("empty.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(empty)) {
            workbook.createSheet();
            workbook.write(out);
        }

        assertThat(refusal(text)).isEqualTo("ingest.file.not-xls");
        assertThat(refusal(locked)).isEqualTo("ingest.file.encrypted");
        assertThat(refusal(empty)).isEqualTo("ingest.file.empty");
        // a table of texts over the limit, told before it is read
        Path wordy = dir.resolve("wordy.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(wordy)) {
            var sheet = workbook.createSheet();
            for (int r = 0; r < 200; r++) {
                sheet.createRow(r).createCell(0).setCellValue("Акимат Илийского района, отдел № " + r);
            }
            workbook.write(out);
        }
        assertThat(refusal(wordy, new IngestLimits(1 << 20, 200, 10_000, 4096))).isEqualTo("ingest.file.xls-text-too-large");
        try (TableReader reader = TableReader.open(wordy, "xls", LIMITS)) {
            assertThat(reader.header()).containsExactly("Акимат Илийского района, отдел № 0");
        }
    }

    private static Path headerOnly(org.apache.poi.ss.usermodel.Workbook workbook, Path file) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("act_id");
            workbook.write(out);
        }
        return file;
    }

    private String refusal(Path file) {
        return refusal(file, LIMITS);
    }

    private static String refusal(Path file, IngestLimits limits) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> TableReader.open(file, "xls", limits).close());
        assertThat(thrown).isInstanceOf(RejectedIOException.class);
        return ((RejectedIOException) thrown).rejection().code();
    }
}
