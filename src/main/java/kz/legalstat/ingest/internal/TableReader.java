package kz.legalstat.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A submission file read row by row, without holding it in memory. */
interface TableReader extends AutoCloseable {

    List<String> header();

    /**
     * The character between the values of a line, for text files, whose every row writes every column of the
     * header (RFC 4180): a row with fewer values is broken, not merely short of empty cells.
     */
    default Optional<Character> separator() {
        return Optional.empty();
    }

    /** The next data row, or {@code null} after the last; blank rows are skipped. */
    RawRow next() throws IOException;

    @Override
    void close() throws IOException;

    static TableReader open(Path file, String format, IngestLimits limits) throws IOException {
        return "xlsx".equals(format) ? XlsxTableReader.open(file, limits) : CsvTableReader.open(file, limits);
    }
}
