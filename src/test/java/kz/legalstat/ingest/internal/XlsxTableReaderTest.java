package kz.legalstat.ingest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxTableReaderTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbookWhoseTextsAreOverTheLimitIsRefusedBeforeTheyAreReadIntoMemory() throws IOException {
        // given a register as Excel saves it: its texts in the shared table, about 1.4 MB of it
        Path file = dir.resolve("acts_1910_2026-10.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("addressee");
            for (int r = 1; r <= 30_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue("Акимат района № " + r);
            }
            workbook.write(out);
        }

        // when / then: refused under a 1 MB limit, saying how large the texts are
        assertThatThrownBy(() -> XlsxTableReader.open(file, new IngestLimits(1 << 30, 200, 10_000, 1 << 20)))
                .isInstanceOfSatisfying(RejectedIOException.class, e -> {
                    assertThat(e.rejection().code()).isEqualTo("ingest.file.workbook-text-too-large");
                    assertThat(e.rejection().args()).containsExactly(2L, 1L); // rounded up
                });
        // and read whole under a 2 MB one
        List<RawRow> rows = new ArrayList<>();
        try (TableReader reader = XlsxTableReader.open(file, new IngestLimits(1 << 30, 200, 10_000, 2 << 20))) {
            for (RawRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        assertThat(rows).hasSize(30_000).last().satisfies(row -> assertThat(row.cell(0)).isEqualTo("Акимат района № 30000"));
    }
}
