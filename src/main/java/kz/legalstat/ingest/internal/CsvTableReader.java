package kz.legalstat.ingest.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as units send it: RFC 4180 quoting, {@code ;} or {@code ,} (whichever the header uses), UTF-8 with or
 * without BOM, or Windows-1251 when the bytes are not valid UTF-8.
 */
final class CsvTableReader implements TableReader {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CSVParser parser;
    private final char delimiter;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    /** Lines the records read so far took up: the next record starts on the line after. */
    private long linesRead;

    private CsvTableReader(CSVParser parser, char delimiter, IngestLimits limits)
            throws IOException, FileRejectedException {
        this.parser = parser;
        this.delimiter = delimiter;
        this.records = parser.iterator();
        CSVRecord first = nextRecord();
        if (first == null) {
            throw new RejectedIOException(new FileRejectedException("ingest.file.empty"));
        }
        this.header = cells(first);
        if (header.size() > limits.maxColumns()) {
            throw new FileRejectedException("ingest.file.too-many-columns", header.size(), limits.maxColumns());
        }
    }

    static TableReader open(Path file, IngestLimits limits) throws IOException {
        try {
            byte[] head = readHead(file, 8192);
            if (head.length == 0) {
                throw new FileRejectedException("ingest.file.empty");
            }
            for (byte b : head) {
                if (b == 0) {
                    throw new FileRejectedException("ingest.file.binary");
                }
            }
            boolean bom = startsWith(head, BOM);
            Charset charset = isValidUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1251;
            char delimiter = delimiterOf(new String(head, charset));
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            if (bom) {
                in.skipNBytes(BOM.length);
            }
            Reader reader = new BoundedLineReader(new InputStreamReader(in, charset), limits.maxLineChars());
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
            return new CsvTableReader(CSVParser.builder().setReader(reader).setFormat(format).get(), delimiter,
                    limits);
        } catch (FileRejectedException e) {
            throw new RejectedIOException(e);
        }
    }

    private static byte[] readHead(Path file, int size) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(size);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The header's separator: the one of {@code ;} and {@code ,} that occurs more often outside quotes. */
    static char delimiterOf(String head) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (char c : head.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons >= commas ? ';' : ',';
    }

    /** Streams the whole file through a strict UTF-8 decoder: one malformed byte means Windows-1251. */
    static boolean isValidUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (var channel = Files.newByteChannel(file)) {
            while (channel.read(in) >= 0) {
                in.flip();
                CoderResult result = decoder.decode(in, out, false);
                if (result.isError()) {
                    return false;
                }
                in.compact();
                out.clear();
            }
            in.flip();
            return !decoder.decode(in, out, true).isError() && !decoder.flush(out).isError();
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Optional<Character> separator() {
        return Optional.of(delimiter);
    }

    @Override
    public RawRow next() throws IOException {
        for (CSVRecord record = nextRecord(); record != null; record = nextRecord()) {
            List<String> cells = cells(record);
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                return new RawRow((int) record.getRecordNumber(), cells);
            }
        }
        return null;
    }

    /**
     * The next record, or {@code null} after the last. Broken quoting (a quote inside a quoted value not doubled,
     * a quote never closed) rejects the file: past it no parser can tell where values end, and guessing would
     * load shifted values as good ones. The unit is told which record, from which line, and how to write it.
     */
    private CSVRecord nextRecord() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            linesRead = parser.getCurrentLineNumber();
            return record;
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                throw new RejectedIOException(new FileRejectedException("ingest.file.bad-quotes",
                        parser.getRecordNumber() + 1, linesRead + 1, String.valueOf(delimiter)));
            }
            throw e.getCause();
        }
    }

    private static List<String> cells(CSVRecord record) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        return cells;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
