package kz.legalstat.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A small file the office keeps in Excel and loads (a year's calendar, the units' list): CSV UTF-8 as Excel saves it,
 * with or without its BOM, {@code ;} or {@code ,} between fields, columns found by the names of the first line. Read
 * whole, so that every line's problems can be found, and refused whole when it is not such a file.
 */
public final class OfficeCsv {

    /** One line under the header, with its number in the file. */
    public record Line(int number, List<String> fields, Map<String, Integer> columns) {

        /** The field of the named column as written, empty when the line has none. */
        public String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= fields.size() ? "" : fields.get(index);
        }

        /** The field stripped, or null when it is blank. */
        public String optional(String column) {
            String text = get(column).strip();
            return text.isEmpty() ? null : text;
        }
    }

    private OfficeCsv() {
    }

    /**
     * The file's lines under its header, which must name the first {@code required} columns of {@code header}; a
     * column's name may be in either case and in any place.
     */
    public static List<Line> read(Path file, long maxBytes, List<String> header, int required) {
        String text = text(file, maxBytes);
        CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator(text)).skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false).ofCsvRecord(text);
        List<Line> lines = new ArrayList<>();
        try {
            var records = csv.iterator();
            Map<String, Integer> columns = columns(records.hasNext() ? records.next().getFields() : List.of(),
                    header, required);
            while (records.hasNext()) {
                CsvRecord record = records.next();
                lines.add(new Line((int) record.getStartingLineNumber(), record.getFields(), columns));
            }
        } catch (CsvParseException e) {
            throw new OfficeFileRejectedException("office-file.bad-quotes", file);
        }
        return lines;
    }

    private static Map<String, Integer> columns(List<String> names, List<String> header, int required) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String column : header.subList(0, required)) {
            if (!columns.containsKey(column)) {
                throw new OfficeFileRejectedException("office-file.no-column", column,
                        String.join(", ", header.subList(0, required)));
            }
        }
        return columns;
    }

    private static String text(Path file, long maxBytes) {
        try {
            if (Files.size(file) > maxBytes) {
                throw new OfficeFileRejectedException("office-file.too-large", file, maxBytes / 1024);
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new OfficeFileRejectedException("office-file.not-utf8", file);
        } catch (IOException e) {
            throw new OfficeFileRejectedException("office-file.unreadable", file, e.getMessage());
        }
    }

    /** Lines as such a file, to correct in Excel and load again: UTF-8 with its BOM, so that Excel reads it so. */
    public static byte[] write(List<String> header, List<? extends List<String>> lines) {
        StringBuilder file = new StringBuilder("\uFEFF");
        try (CSVPrinter csv = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get().print(file)) {
            csv.printRecord(header);
            csv.printRecords(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The header's separator: {@code ;} as Excel writes CSV in Kazakhstan, or {@code ,}. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).indexOf(';') >= 0 ? ';' : ',';
    }
}
