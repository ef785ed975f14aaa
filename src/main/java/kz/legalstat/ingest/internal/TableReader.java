package kz.legalstat.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A submission file read row by row, without holding it in memory. */
interface TableReader extends AutoCloseable {

    List<String> header();

    /** The next data row, or {@code null} after the last; blank rows are skipped. */
    RawRow next() throws IOException;

    @Override
    void close() throws IOException;

    static TableReader open(Path file, String format, IngestLimits limits) throws IOException {
        return "xlsx".equals(format) ? XlsxTableReader.open(file, limits) : CsvTableReader.open(file, limits);
    }
}
