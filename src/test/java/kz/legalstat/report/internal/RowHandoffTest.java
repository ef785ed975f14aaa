package kz.legalstat.report.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import kz.legalstat.report.ReportProgress;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows handed from the reading thread to the writing one: all of them, in order, and failures on either side. */
class RowHandoffTest {

    @Test
    void everyRowArrivesInOrder() {
        List<Object> arrived = new ArrayList<>();
        try (RowHandoff handoff = new RowHandoff("test-writer", row -> arrived.add(row.get(0)))) {
            for (int i = 0; i < 10_500; i++) {
                handoff.put(List.of(i));
            }
            handoff.finish();
        }
        assertThat(arrived).hasSize(10_500);
        for (int i = 0; i < arrived.size(); i++) {
            assertThat(arrived.get(i)).isEqualTo(i);
        }
    }

    @Test
    void aFailingWriterStopsTheReaderAndTheWorkbookLeavesNoTempFiles() throws IOException {
        PoiTempFolder poi = new PoiTempFolder();
        long tempFilesBefore = poiTempFiles(poi);
        try (TemplateWorkbook workbook = TemplateWorkbook.open(new ByteArrayInputStream(template()), "test")) {
            TableWriter table = new TableWriter(workbook.stream(), workbook.take("t"), ReportProgress.untracked());
            assertThat(poiTempFiles(poi)).isGreaterThan(tempFilesBefore);
            assertThatThrownBy(() -> {
                try (RowHandoff handoff = new RowHandoff("test-writer", row -> {
                    if ((int) row.get(0) == 2_500) {
                        throw new IllegalStateException("disk full");
                    }
                    table.row(row);
                })) {
                    for (int i = 0; i < 1_000_000; i++) {
                        handoff.put(List.of(i, "text " + i));
                    }
                    handoff.finish();
                }
            }).hasMessage("disk full");
        }
        assertThat(poiTempFiles(poi)).isEqualTo(tempFilesBefore);
        poi.delete();
    }

    @Test
    void aFailingReaderStopsTheWriter() {
        AtomicReference<Thread> writer = new AtomicReference<>();
        CountDownLatch writing = new CountDownLatch(1);
        assertThatThrownBy(() -> {
            try (RowHandoff handoff = new RowHandoff("test-writer", row -> {
                writer.set(Thread.currentThread());
                writing.countDown();
            })) {
                for (int i = 0; i < 5_000; i++) {
                    handoff.put(List.of(i));
                }
                assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
                throw new IllegalStateException("connection lost");
            }
        }).hasMessage("connection lost");
        assertThat(writer.get()).isNotNull();
        assertThat(writer.get().isAlive()).isFalse();
    }

    private static long poiTempFiles(PoiTempFolder poi) throws IOException {
        Path folder = poi.folder();
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static byte[] template() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("s").createRow(0).createCell(0).setCellValue("${rows:t}");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
