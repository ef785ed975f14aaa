package kz.legalstat.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a submission the many ways units produce them: CSV in UTF-8 (with or without BOM) or
 * Windows-1251, {@code ;} or {@code ,}, LF or CRLF, ISO or dotted dates; or .xlsx with real or text dates.
 */
final class DemoFileWriter {

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** How one unit writes its files. */
    record Style(boolean xlsx, Charset charset, char separator, boolean bom, boolean crlf, boolean dottedDates,
                 boolean realDates) {

        static Style of(String unitCode, boolean xlsxAllowed) {
            int h = Math.abs(unitCode.hashCode());
            boolean xlsx = xlsxAllowed && h % 4 == 0;
            Charset charset = h % 5 == 1 ? Charset.forName("windows-1251") : StandardCharsets.UTF_8;
            return new Style(xlsx, charset, h % 3 == 0 ? ',' : ';', charset == StandardCharsets.UTF_8 && h % 7 == 2,
                    h % 2 == 0, h % 6 == 1, h % 2 == 0);
        }

        String extension() {
            return xlsx ? "xlsx" : "csv";
        }
    }

    private DemoFileWriter() {
    }

    static void write(Path file, List<String> header, List<String[]> rows, Style style, Instant delivered)
            throws IOException {
        Files.createDirectories(file.getParent());
        if (style.xlsx()) {
            writeXlsx(file, header, rows, style);
        } else {
            writeCsv(file, header, rows, style);
        }
        Files.setLastModifiedTime(file, FileTime.from(delivered));
    }

    private static void writeCsv(Path file, List<String> header, List<String[]> rows, Style style) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(style.separator())
                .setRecordSeparator(style.crlf() ? "\r\n" : "\n").get();
        try (OutputStream out = Files.newOutputStream(file)) {
            if (style.bom()) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            Writer writer = new OutputStreamWriter(out, style.charset());
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                printer.printRecord(header);
                for (String[] row : rows) {
                    printer.printRecord((Object[]) (style.dottedDates() ? dotted(row) : row));
                }
            }
        }
    }

    private static String[] dotted(String[] row) {
        String[] copy = row.clone();
        for (int i = 0; i < copy.length; i++) {
            LocalDate date = isoDate(copy[i]);
            if (date != null) {
                copy[i] = date.format(DOTTED);
            }
        }
        return copy;
    }

    private static LocalDate isoDate(String text) {
        if (text != null && text.length() == 10 && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(text);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static void writeXlsx(Path file, List<String> header, List<String[]> rows, Style style) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("data");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] values = rows.get(r);
                for (int c = 0; c < values.length; c++) {
                    String value = values[c];
                    if (value == null || value.isEmpty()) {
                        continue;
                    }
                    LocalDate date = isoDate(value);
                    var cell = row.createCell(c);
                    if (date != null && style.realDates()) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (date != null) {
                        cell.setCellValue(date.format(DOTTED));
                    } else if (value.matches("\\d{1,9}") && !header.get(c).endsWith("_id")
                            && !header.get(c).equals("unit_code")) {
                        cell.setCellValue(Long.parseLong(value));
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            workbook.write(out);
        }
    }
}
