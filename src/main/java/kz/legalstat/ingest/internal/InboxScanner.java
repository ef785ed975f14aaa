package kz.legalstat.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import kz.legalstat.ingest.SubmissionStatus;
import kz.legalstat.i18n.Texts;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Severity;
import kz.legalstat.reference.Unit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds the files below the inbox that have not been taken yet and registers them: a well-named file of a
 * known unit waits to be loaded; a badly named one, or one of an unknown unit, is recorded with its reason
 * and left alone. Files are registered oldest first, so a later correction gets the higher version.
 */
@Component
public class InboxScanner {

    private static final Logger log = LoggerFactory.getLogger(InboxScanner.class);

    private final SubmissionStore store;
    private final ReferenceData reference;
    private final Texts texts;
    private final IngestLimits limits;

    InboxScanner(SubmissionStore store, ReferenceData reference, Texts texts, IngestLimits limits) {
        this.store = store;
        this.reference = reference;
        this.texts = texts;
        this.limits = limits;
    }

    /** What a scan left alone: files seen again unchanged, and files of months other than the one asked for. */
    public record Skipped(int unchanged, int otherMonths) {
    }

    /** Registers the new files; returns what it left alone. */
    public Skipped scan(Path inbox, Optional<YearMonth> period, long jobExecutionId) throws IOException {
        if (!Files.isDirectory(inbox)) {
            throw new IOException("inbox " + inbox + " is not a folder");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(inbox)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(InboxScanner::modified).thenComparing(Path::toString))
                    .toList();
        }
        int unchanged = 0;
        int otherMonths = 0;
        for (Path file : files) {
            try {
                switch (take(file, period, jobExecutionId)) {
                    case ALREADY_TAKEN -> unchanged++;
                    case OTHER_MONTH -> otherMonths++;
                    case REGISTERED -> { }
                }
            } catch (java.nio.file.NoSuchFileException | java.nio.file.InvalidPathException e) {
                // a name the system's encoding cannot represent (a JVM under the C locale) or a file gone meanwhile
                log.warn("{} cannot be opened and is left alone: {} (run with a UTF-8 locale, e.g. LANG=C.UTF-8, "
                        + "if its name has Kazakh or Russian letters)", file, e.getMessage());
            }
        }
        return new Skipped(unchanged, otherMonths);
    }

    private enum Outcome { REGISTERED, ALREADY_TAKEN, OTHER_MONTH }

    private Outcome take(Path file, Optional<YearMonth> period, long jobExecutionId) throws IOException {
        String fileName = file.getFileName().toString();
        Optional<SubmissionFileName> name = SubmissionFileName.parse(fileName);
        if (period.isPresent() && name.isPresent() && !name.get().period().equals(period.get())) {
            return Outcome.OTHER_MONTH;
        }
        String path = file.toAbsolutePath().normalize().toString();
        long size = Files.size(file);
        Instant modified = modified(file);
        Instant changed = changed(file);
        if (store.unchangedSinceTaken(path, size, modified, changed)) {
            return Outcome.ALREADY_TAKEN;
        }
        if (size > limits.maxFileBytes()) {
            // rejected before it is read, not even hashed: the scan stays quick whatever lands in the inbox
            long id = store.register(new StoredFile(path, fileName, size, modified, changed, null), name.orElse(null),
                    SubmissionStatus.REJECTED, jobExecutionId);
            store.addIssues(id, List.of(fileIssue("ingest.file.too-large", size, limits.maxFileBytes())));
            return Outcome.REGISTERED;
        }
        StoredFile stored = new StoredFile(path, fileName, size, modified, changed, sha256(file));
        boolean knownUnit = name.isPresent() && reference.unit(name.get().unitCode()).isPresent();
        if (store.taken(stored.sha256(), name.orElse(null), knownUnit, fileName)) {
            return Outcome.ALREADY_TAKEN;
        }
        register(stored, name.orElse(null), jobExecutionId);
        return Outcome.REGISTERED;
    }

    private void register(StoredFile file, SubmissionFileName name, long jobExecutionId) {
        Unit unit = name == null ? null : reference.unit(name.unitCode()).orElse(null);
        Optional<UnlistedUnit> unlisted = unit == null ? Optional.empty()
                : UnlistedUnit.find(reference, unit.code(), name.period());
        if (name == null) {
            long id = store.register(file, null, SubmissionStatus.IGNORED, jobExecutionId);
            store.addIssues(id, List.of(fileIssue(officeLock(file.name()) ? "ingest.file.office-lock"
                    : "ingest.file.bad-name", file.name())));
            log.warn("{}: name does not follow <kind>_<unit>_<YYYY-MM>.<csv|xlsx>, left alone", file.name());
        } else if (unit == null) {
            long id = store.register(file, name, SubmissionStatus.REJECTED, jobExecutionId);
            store.addIssues(id, List.of(fileIssue("ingest.file.unknown-unit", name.unitCode())));
            log.warn("{}: unit {} is not in the reference data", file.name(), name.unitCode());
        } else if (!name.readable()) {
            long id = store.registerRefused(file, name, jobExecutionId);
            store.addIssues(id, List.of(fileIssue("ingest.file.unread-format", file.name(), name.format(),
                    name.asXlsx())));
            log.warn("{}: a .{} workbook, which the collection does not read", file.name(), name.format());
        } else if (unlisted.isPresent()) {
            long id = store.register(file, name, SubmissionStatus.REJECTED, jobExecutionId);
            store.addIssues(id, List.of(fileIssue("ingest.file." + unlisted.get().reason(), unlisted.get().args())));
            log.warn("{}: unit {} is not in the units' list of {}", file.name(), name.unitCode(), name.period());
        } else {
            store.register(file, name, SubmissionStatus.RECEIVED, jobExecutionId);
        }
    }

    /**
     * Excel's owner file (~$name), kept beside a file open in it. LibreOffice's (.~lock.name#) is a hidden file,
     * which the scan never looks at.
     */
    private static boolean officeLock(String fileName) {
        return fileName.startsWith("~$");
    }

    private Issue fileIssue(String code, Object... args) {
        return new Issue(Severity.ERROR, null, null, null, code, texts.both(code, args));
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /**
     * The system's change time (ctime): set by the system alone whenever the bytes change, where the modification
     * time can be carried over by a copy. Null where the file system keeps none that Java can read (Windows).
     */
    private static Instant changed(Path file) {
        try {
            return ((FileTime) Files.getAttribute(file, "unix:ctime")).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return null;
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
