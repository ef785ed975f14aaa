package kz.legalstat.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.poifs.filesystem.FileMagic;

/** A submission file read row by row, without holding it in memory. */
interface TableReader extends AutoCloseable {

    List<String> header();

    /**
     * The character between the values of a line, for text files: there a row with fewer values than its required
     * columns need is cut short or written with another separator. Empty where a row ends at its last value
     * (Excel, a database).
     */
    default Optional<Character> separator() {
        return Optional.empty();
    }

    /** A separator as a message names it: a tab by its key, the others as they are written. */
    static String shown(char separator) {
        return separator == '\t' ? "Tab" : String.valueOf(separator);
    }

    /**
     * A workbook's header: its first row with any value ({@code null} when it has none). A workbook without one is
     * empty, and one wider than the limit is refused whole.
     */
    static List<String> workbookHeader(List<String> first, IngestLimits limits) throws RejectedIOException {
        if (first == null) {
            throw new RejectedIOException(new FileRejectedException("ingest.file.empty"));
        }
        if (first.size() > limits.maxColumns()) {
            throw new RejectedIOException(
                    new FileRejectedException("ingest.file.too-many-columns", first.size(), limits.maxColumns()));
        }
        return first;
    }

    /** The next data row, or {@code null} after the last; blank rows are skipped. */
    RawRow next() throws IOException;

    @Override
    void close() throws IOException;

    /**
     * The reader for a file of the format its name says; a workbook named as text (a register saved by Excel, then
     * renamed .csv) is read as the workbook it is, as a workbook named in the other Excel format is.
     */
    static TableReader open(Path file, String format, IngestLimits limits) throws IOException {
        return switch (format) {
            case "xlsx" -> XlsxTableReader.open(file, limits);
            case "xls" -> XlsTableReader.open(file, limits);
            default -> isWorkbook(file) ? XlsxTableReader.open(file, limits) : CsvTableReader.open(file, limits);
        };
    }

    private static boolean isWorkbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            FileMagic magic = FileMagic.valueOf(in.readNBytes(8));
            return magic == FileMagic.OOXML || magic == FileMagic.OLE2;
        }
    }
}
