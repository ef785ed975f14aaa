package kz.legalstat.ingest.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Fails as soon as a line grows past the limit, so that a file without line breaks (binary data, a 2 GB
 * single line) is rejected in bounded memory instead of being buffered whole by the CSV parser.
 */
final class BoundedLineReader extends FilterReader {

    private final int maxLineChars;
    private int lineChars;
    private long line = 1;

    BoundedLineReader(Reader in, int maxLineChars) {
        super(in);
        this.maxLineChars = maxLineChars;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    private void count(char c) throws IOException {
        if (c == '\n') {
            lineChars = 0;
            line++;
        } else if (++lineChars > maxLineChars) {
            throw new RejectedIOException(new FileRejectedException("ingest.file.line-too-long", maxLineChars, line));
        }
    }
}
