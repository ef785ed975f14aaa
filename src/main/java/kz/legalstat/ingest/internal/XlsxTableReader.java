package kz.legalstat.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an .xlsx, streamed. Date-formatted numeric cells become ISO dates; other numbers
 * their plain decimal text, so the row validator sees the same text a CSV would carry.
 */
final class XlsxTableReader implements TableReader {

    /** Real workbooks deflate their sheets 5 to 20 times; a bomb, a thousand times. */
    private static final long MAX_RATIO = 200;
    private static final long BOMB_BYTES = 50L << 20;
    /** Excel's built-in date and date-time formats. */
    private static final Set<Integer> BUILT_IN_DATE_FORMATS = Set.of(14, 15, 16, 17, 22, 45, 46, 47);

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final List<String> header;

    private XlsxTableReader(ReadableWorkbook workbook, IngestLimits limits) throws IOException {
        this.workbook = workbook;
        this.stream = workbook.getFirstSheet().openStream();
        this.rows = stream.iterator();
        List<String> first = null;
        while (first == null && rows.hasNext()) {
            List<String> cells = cells(rows.next());
            if (cells.stream().anyMatch(c -> !FieldParser.isBlank(c))) {
                first = cells;
            }
        }
        this.header = TableReader.workbookHeader(first, limits);
    }

    static TableReader open(Path file, IngestLimits limits) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (head.length == 0) {
            throw new RejectedIOException(new FileRejectedException("ingest.file.empty"));
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
            if (FileMagic.valueOf(head) == FileMagic.OLE2) {
                // an Excel 97-2003 workbook renamed .xlsx, or an .xlsx with a password to open
                return XlsTableReader.open(file, limits);
            }
            throw new RejectedIOException(new FileRejectedException("ingest.file.not-xlsx"));
        }
        checkInflatedSizes(file, limits);
        ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        try {
            return new XlsxTableReader(workbook, limits);
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    /**
     * Reads the zip's directory before any XML: an entry that inflates more than {@link #MAX_RATIO} times
     * into more than {@link #BOMB_BYTES}, or a total over the file-size limit, is a zip bomb, not a register.
     * A table of texts over its limit is refused here too, before the reader takes it into memory.
     */
    private static void checkInflatedSizes(Path file, IngestLimits limits) throws IOException {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long packed = Math.max(entry.getCompressedSize(), 1);
                total += Math.max(size, 0);
                if (size > BOMB_BYTES && size / packed > MAX_RATIO || total > limits.maxFileBytes()) {
                    throw new RejectedIOException(new FileRejectedException("ingest.file.zip-bomb", size / packed));
                }
                if (entry.getName().toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml")
                        && size > limits.maxWorkbookTextBytes()) {
                    throw new RejectedIOException(new FileRejectedException("ingest.file.workbook-text-too-large",
                            megabytes(size), megabytes(limits.maxWorkbookTextBytes())));
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new RejectedIOException(new FileRejectedException("ingest.file.not-xlsx"));
        }
    }

    /** Bytes in whole megabytes, rounded up, as a limit's message gives them. */
    static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public RawRow next() {
        while (rows.hasNext()) {
            Row row = rows.next();
            List<String> cells = cells(row);
            if (cells.stream().anyMatch(c -> !FieldParser.isBlank(c))) {
                // a submission states values: a formula's result is not one, nor is an Excel error left by pasting
                // the values of a formula that failed
                return new RawRow(row.getRowNum(), cells, cellsWhere(row, cell -> cell.getFormula() != null),
                        cellsWhere(row, cell -> cell.getType() == CellType.ERROR && cell.getFormula() == null));
            }
        }
        return null;
    }

    /** The positions of the row's cells that pass the test. */
    private static java.util.Set<Integer> cellsWhere(Row row, java.util.function.Predicate<Cell> test) {
        java.util.Set<Integer> found = new java.util.HashSet<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            if (cell != null && test.test(cell)) {
                found.add(i);
            }
        }
        return found.isEmpty() ? java.util.Set.of() : found;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
            case STRING, FORMULA, ERROR -> cell.getText() == null ? "" : cell.getText();
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            default -> "";
        };
    }

    /** A number as its plain decimal text, as a CSV would carry it. */
    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && BUILT_IN_DATE_FORMATS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase();
        return bare.contains("y") || bare.contains("d");
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            workbook.close();
        }
    }
}
