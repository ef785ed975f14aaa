package kz.legalstat.ingest.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableReaderTest {

    private static final IngestLimits LIMITS = new IngestLimits(1 << 20, 200, 10_000, 1 << 20);

    @TempDir
    Path dir;

    @Test
    void windows1251IsDetectedWhenTheBytesAreNotUtf8() throws IOException {
        // given a file saved by a Russian-locale Excel
        Path file = write("unit_code;indicator;value\r\n1910;Представление;3\r\n", Charset.forName("windows-1251"), false);

        // when
        List<RawRow> rows = readAll(file);

        // then
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.cells()).containsExactly("1910", "Представление", "3");
            assertThat(row.rowNumber()).isEqualTo(2);
        });
    }

    @Test
    void utf8WithBomAndCommasAndQuotedSeparatorsAndLineBreaks() throws IOException {
        Path file = write("act_id,addressee\n1,\"ТОО «Береке; Агро», филиал\"\n2,\"две\nстроки\"\n3,Қазақ\n",
                StandardCharsets.UTF_8, true);

        try (TableReader reader = CsvTableReader.open(file, LIMITS)) {
            assertThat(reader.header()).containsExactly("act_id", "addressee");
        }
        List<RawRow> rows = readAll(file);
        assertThat(rows).extracting(r -> r.cell(1))
                .containsExactly("ТОО «Береке; Агро», филиал", "две\nстроки", "Қазақ");
        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(2, 3, 4);
    }

    @Test
    void excelUnicodeTextIsUtf16WithTabsInEitherByteOrder() throws IOException {
        // given what Excel saves as "Unicode text" (little-endian) and the same in big-endian, renamed to .csv
        String text = "act_id\taddressee\r\n1\t\"ТОО «Береке»\tфилиал\"\r\n2\tҚазақ; Ақтау\r\n";
        Path little = Files.write(dir.resolve("little.csv"),
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        Path big = Files.write(dir.resolve("big.csv"), text.getBytes(StandardCharsets.UTF_16));

        for (Path file : List.of(little, big)) {
            // when
            try (TableReader reader = CsvTableReader.open(file, LIMITS)) {
                // then its header, separator and rows are read as from a CSV
                assertThat(reader.header()).containsExactly("act_id", "addressee");
                assertThat(reader.separator()).contains('\t');
            }
            assertThat(readAll(file)).extracting(r -> r.cell(1)).containsExactly("ТОО «Береке»\tфилиал", "Қазақ; Ақтау");
        }
    }

    @Test
    void spacesAroundAQuotedValueAreThePaddingOfIt() throws IOException {
        // as exporters that pad their columns write them: the separator inside the quotes stays in the value
        Path file = write("act_id;addressee\n1;\"Аким\" ;x\n2; \"ТОО «Береке; Агро»\" \n", StandardCharsets.UTF_8, false);

        assertThat(readAll(file)).extracting(r -> r.cell(1)).containsExactly("Аким", "ТОО «Береке; Агро»");
    }

    @Test
    void separatorIsTheOneTheHeaderUses() {
        assertThat(CsvTableReader.delimiterOf("a;b;c\n1,5;2;3")).isEqualTo(';');
        assertThat(CsvTableReader.delimiterOf("a,b,c\n1;2;3")).isEqualTo(',');
        assertThat(CsvTableReader.delimiterOf("\"a;x\",b,c")).isEqualTo(',');
        // a title line above the header holds no separator: the header's is the file's
        assertThat(CsvTableReader.delimiterOf("Реестр актов за октябрь\r\n\r\na,b,c\r\n1;2;3")).isEqualTo(',');
        assertThat(CsvTableReader.delimiterOf("a\tb\tc\n1;2;3;4")).isEqualTo('\t');
        assertThat(CsvTableReader.delimiterOf("a;b\tc")).isEqualTo(';');
        assertThat(CsvTableReader.delimiterOf("a")).isEqualTo(';');
    }

    @Test
    void blankLinesAreSkipped() throws IOException {
        Path file = write("a;b\n1;2\n;\n\n3;4\n", StandardCharsets.UTF_8, false);

        assertThat(readAll(file)).extracting(r -> r.cell(0)).containsExactly("1", "3");
    }

    @Test
    void binaryAndEmptyFilesAreRejectedWhole() throws IOException {
        Path binary = dir.resolve("binary.csv");
        Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        Path empty = dir.resolve("empty.csv");
        Files.write(empty, new byte[0]);

        assertThatThrownBy(() -> CsvTableReader.open(binary, LIMITS))
                .isInstanceOfSatisfying(RejectedIOException.class,
                        e -> assertThat(e.rejection().code()).isEqualTo("ingest.file.binary"));
        // a byte-order mark of UTF-16 before data that is no text
        Path marked = dir.resolve("marked.csv");
        Files.write(marked, new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0, 0, 'b', 0});
        assertThatThrownBy(() -> CsvTableReader.open(marked, LIMITS))
                .isInstanceOfSatisfying(RejectedIOException.class,
                        e -> assertThat(e.rejection().code()).isEqualTo("ingest.file.binary"));
        assertThatThrownBy(() -> CsvTableReader.open(empty, LIMITS))
                .isInstanceOfSatisfying(RejectedIOException.class,
                        e -> assertThat(e.rejection().code()).isEqualTo("ingest.file.empty"));
    }

    @Test
    void aHeaderWiderThanTheLimitIsRejectedWhole() throws IOException {
        Path wide = write("c;".repeat(300) + "c\n", StandardCharsets.UTF_8, false);

        assertThatThrownBy(() -> CsvTableReader.open(wide, LIMITS))
                .isInstanceOfSatisfying(RejectedIOException.class,
                        e -> assertThat(e.rejection().code()).isEqualTo("ingest.file.too-many-columns"));
    }

    @Test
    void brokenQuotingRejectsTheFileNamingTheRecordAndTheLineItStartsOn() throws IOException {
        // a quote inside a quoted value not doubled, in the third record, which starts on line 4 (record 2 takes
        // two lines); and a quote never closed, from record 3 on line 3 to the end of the file
        Path undoubled = write("a,b\n1,\"две\nстроки\"\n2,\"Аким \"города\" Алматы\"\n3,z\n", StandardCharsets.UTF_8, false);
        Path unclosed = write("a;b\n1;2\n3;\"открыта\nи не закрыта\n", StandardCharsets.UTF_8, false);

        assertThatThrownBy(() -> readAll(undoubled)).isInstanceOfSatisfying(RejectedIOException.class, e -> {
            assertThat(e.rejection().code()).isEqualTo("ingest.file.bad-quotes");
            assertThat(e.rejection().args()).containsExactly(3L, 4L, ",");
        });
        assertThatThrownBy(() -> readAll(unclosed)).isInstanceOfSatisfying(RejectedIOException.class,
                e -> assertThat(e.rejection().args()).containsExactly(3L, 3L, ";"));
    }

    @Test
    void aQuoteLeftOpenNearTheTopOfALargeFileIsRefusedWithoutReadingOnToItsEnd() throws IOException {
        // given a quote opened in record 3 and never closed, then 30 MB of ordinary lines
        Path file = Files.createTempFile(dir, "open", ".csv");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("act_id;addressee\n1;Аким\n2;\"Аким района\n");
            for (int i = 0; i < 400_000; i++) {
                out.write("3;Аким района и прочие органы управления на местах\n");
            }
        }
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

        // when / then: told where, having held no more than the record limit of it in memory
        assertThatThrownBy(() -> readAll(file)).isInstanceOfSatisfying(RejectedIOException.class, e -> {
            assertThat(e.rejection().code()).isEqualTo("ingest.file.bad-quotes");
            assertThat(e.rejection().args()).containsExactly(3L, 3L, ";");
        });
        assertThat(threads.getCurrentThreadAllocatedBytes() - allocatedBefore).as("bytes allocated reading it")
                .isLessThan(4L << 20);
    }

    @Test
    void aLineLongerThanTheLimitIsRejectedWithItsNumber() throws IOException {
        Path file = write("a;b\n1;2\n" + "x".repeat(LIMITS.maxLineChars() + 1) + "\n", StandardCharsets.UTF_8, false);

        assertThatThrownBy(() -> readAll(file)).isInstanceOfSatisfying(RejectedIOException.class, e -> {
            assertThat(e.rejection().code()).isEqualTo("ingest.file.line-too-long");
            assertThat(e.rejection().args()).containsExactly(LIMITS.maxLineChars(), 3L);
        });
    }

    private Path write(String text, Charset charset, boolean bom) throws IOException {
        Path file = Files.createTempFile(dir, "t", ".csv");
        byte[] body = text.getBytes(charset);
        byte[] bytes = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body) : body;
        Files.write(file, bytes);
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static List<RawRow> readAll(Path file) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        try (TableReader reader = CsvTableReader.open(file, LIMITS)) {
            for (RawRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
