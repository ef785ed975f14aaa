package kz.legalstat.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * POI's temporary files (the rows of a streamed sheet) in a folder of this process's own. POI's default is one
 * shared {@code <tmpdir>/poifiles}, which belongs to whichever user wrote a report first: every other user of the
 * machine was then refused it, and could write no report at all.
 */
@Component
public class PoiTempFolder {

    private final Path folder;

    PoiTempFolder() {
        try {
            // createTempDirectory makes it readable by its owner alone, under a name no other process has
            folder = Files.createTempDirectory("legalstat-poi-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for the reports' sheets in "
                    + System.getProperty("java.io.tmpdir") + ": " + e.getMessage(), e);
        }
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
    }

    public Path folder() {
        return folder;
    }

    @PreDestroy
    void delete() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
