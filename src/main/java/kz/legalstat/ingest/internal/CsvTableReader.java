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
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * CSV as units send it: RFC 4180 quoting, {@code ;} or {@code ,} (whichever the header uses), UTF-8 with or
 * without BOM, or Windows-1251 when the bytes are not valid UTF-8. Beyond the contract, what Excel saves as
 * "Unicode text" (a .txt that units rename to .csv): UTF-16 with its byte-order mark, values separated by tabs.
 */
final class CsvTableReader implements TableReader {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF_16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF_16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    /** Room in FastCSV's buffer for what it reads ahead of the record it holds. */
    private static final int READ_AHEAD_CHARS = 8192;

    private final CsvReader<CsvRecord> parser;
    private final char delimiter;
    private final Iterator<CsvRecord> records;
    private final List<String> header;
    /** Records read so far, blank ones and the header included: a row's number as the unit sees it. */
    private int recordsRead;
    /** The last record read: the next one starts on the line after it ends. */
    private CsvRecord last;

    private CsvTableReader(CsvReader<CsvRecord> parser, char delimiter, IngestLimits limits)
            throws IOException, FileRejectedException {
        this.parser = parser;
        this.delimiter = delimiter;
        this.records = parser.iterator();
        CsvRecord first = nextRecord();
        if (first == null) {
            throw new RejectedIOException(new FileRejectedException("ingest.file.empty"));
        }
        this.header = first.getFields();
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
            Charset utf16 = startsWith(head, UTF_16LE_BOM) ? StandardCharsets.UTF_16LE
                    : startsWith(head, UTF_16BE_BOM) ? StandardCharsets.UTF_16BE
                    : null;
            // no text holds a zero character: told from the bytes before the whole file is read, but in UTF-16 half
            // the bytes of Latin letters and digits are zero
            if (utf16 == null && hasZero(head)) {
                throw new FileRejectedException("ingest.file.binary");
            }
            int bom = utf16 != null ? UTF_16LE_BOM.length : startsWith(head, BOM) ? BOM.length : 0;
            Charset charset = utf16 != null ? utf16 : isValidUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1251;
            String text = new String(head, bom, head.length - bom, charset);
            if (utf16 != null && text.indexOf('\0') >= 0) {
                throw new FileRejectedException("ingest.file.binary");
            }
            char delimiter = delimiterOf(text);
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            in.skipNBytes(bom);
            Reader reader = new BoundedLineReader(new InputStreamReader(in, charset), limits.maxLineChars());
            return new CsvTableReader(parser(reader, delimiter, limits), delimiter, limits);
        } catch (FileRejectedException e) {
            throw new RejectedIOException(e);
        }
    }

    /**
     * RFC 4180, strictly: a quoted value ends with its quote right before a separator or a line end (spaces
     * around it aside, as some exporters pad values), and a quote never closed is an error, not a value running
     * to the end of the file. A record (its lines together) is held to twice the line limit, so that one quote
     * left open in a large file is refused in bounded memory, while a single line too long is still told as such
     * (the line limit stops it first). As many values as a line can hold are read, for the row to be refused as
     * too wide rather than the file. Blank lines stay records, for rows to keep the numbers Excel shows.
     */
    private static CsvReader<CsvRecord> parser(Reader reader, char delimiter, IngestLimits limits) {
        int maxChars = 2 * limits.maxLineChars();
        var records = CsvRecordHandler.builder().maxFields(limits.maxLineChars() + 1).maxFieldSize(maxChars)
                .maxRecordSize(maxChars).build();
        return CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE).skipEmptyLines(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false).trimWhitespacesAroundQuotes(true)
                .maxBufferSize(maxChars + READ_AHEAD_CHARS).build(records, reader);
    }

    private static byte[] readHead(Path file, int size) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(size);
        }
    }

    private static boolean hasZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
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

    /**
     * The header's separator: the one of {@code ;}, {@code ,} and tab that occurs most often outside quotes in the
     * first line holding any ({@code ;} when none does, or on a tie, then {@code ,}). A title line above the header
     * often holds none.
     */
    static char delimiterOf(String head) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : head.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas + tabs > 0) {
                    break;
                }
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
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
        for (CsvRecord record = nextRecord(); record != null; record = nextRecord()) {
            List<String> cells = record.getFields();
            if (cells.stream().anyMatch(c -> !FieldParser.isBlank(c))) {
                return new RawRow(recordsRead, cells);
            }
        }
        return null;
    }

    /**
     * The next record, or {@code null} after the last. Broken quoting (a quote inside a quoted value not doubled,
     * a quote never closed) rejects the file: past it no parser can tell where values end, and guessing would
     * load shifted values as good ones. The unit is told which record, from which line, and how to write it.
     */
    private CsvRecord nextRecord() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            last = records.next();
            recordsRead++;
            return last;
        } catch (CsvParseException e) {
            throw new RejectedIOException(new FileRejectedException("ingest.file.bad-quotes",
                    (long) recordsRead + 1, lineAfter(last), TableReader.shown(delimiter)));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The line after the one a record ends on (1 before the first record): a quoted value may span lines. */
    private static long lineAfter(CsvRecord record) {
        if (record == null) {
            return 1;
        }
        long lines = record.getStartingLineNumber();
        for (String field : record.getFields()) {
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n')) {
                    lines++;
                }
            }
        }
        return lines + 1;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
