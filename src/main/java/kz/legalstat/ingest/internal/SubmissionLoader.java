package kz.legalstat.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import kz.legalstat.i18n.Bilingual;
import kz.legalstat.i18n.Texts;
import kz.legalstat.i18n.TypedName;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Unit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Loads one registered file inside the caller's transaction: good rows go to their table by COPY, bad rows
 * to submission_issue with every reason. A file that cannot be read is rolled back to a savepoint and
 * recorded as rejected, so nothing of it is half-loaded and nothing loaded earlier is touched.
 */
@Component
public class SubmissionLoader {

    private static final Logger log = LoggerFactory.getLogger(SubmissionLoader.class);
    /** Title lines a header may have above it: a register's name, its month, a blank line, a form's number. */
    private static final int MAX_ROWS_ABOVE_HEADER = 10;

    private final DataSource dataSource;
    private final SubmissionStore store;
    private final ReferenceData reference;
    private final Texts texts;
    private final IngestLimits limits;
    private final HeaderNames headers;
    private final String sourceUser;
    private final String sourcePassword;

    SubmissionLoader(DataSource dataSource, SubmissionStore store, ReferenceData reference, Texts texts,
                     IngestLimits limits,
                     @Value("${legalstat.source.user:}") String sourceUser,
                     @Value("${legalstat.source.password:}") String sourcePassword) {
        this.sourceUser = sourceUser;
        this.sourcePassword = sourcePassword;
        this.dataSource = dataSource;
        this.store = store;
        this.reference = reference;
        this.texts = texts;
        this.limits = limits;
        this.headers = new HeaderNames(texts);
    }

    /** Loads the oldest waiting file of a region ("" for files of no known unit); false when none waits. */
    public boolean loadNext(String region) throws SQLException {
        var next = store.nextReceived(region);
        if (next.isEmpty()) {
            return false;
        }
        load(next.get());
        return true;
    }

    void load(PendingSubmission submission) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint beforeRows = connection.setSavepoint();
        RowSchema schema = RowSchema.of(submission.kind());
        Unit submitter = reference.unit(submission.unitCode()).orElseThrow();
        List<Issue> issues = new ArrayList<>();
        long loaded;
        int rejected = 0;
        try (TableReader reader = submission.fromDatabase()
                ? JdbcTableReader.open(submission.path(), submission.sourceQuery(), sourceUser, sourcePassword)
                : openChecked(Path.of(submission.path()), submission.format())) {
            Header header = findHeader(schema, reader, issues, submission.fileName());
            RowValidator validator = new RowValidator(schema, header.cellIndex(), header.width(),
                    reader.separator().orElse(null), submitter, submission.period(), reference, texts);
            try (CopyRowWriter copy = CopyRowWriter.open(connection, schema.table(), tableColumns(schema),
                    submission.id())) {
                SkippedTotals totals = new SkippedTotals();
                for (RawRow row = reader.next(); row != null; row = reader.next()) {
                    RowValidator.Result result = validator.validate(row);
                    if (result.accepted()) {
                        copy.write(row.rowNumber(), result.values());
                    } else if (row.isTotals()) {
                        totals.add(row.rowNumber());
                    } else {
                        rejected++;
                        issues.addAll(result.issues());
                    }
                }
                loaded = copy.finish();
                totals.warning(texts).ifPresent(issues::add);
            }
        } catch (FileRejectedException e) {
            reject(connection, beforeRows, submission, e);
            return;
        } catch (RejectedIOException e) {
            reject(connection, beforeRows, submission, e.rejection());
            return;
        } catch (IOException | RuntimeException e) {
            log.warn("File {} cannot be read", submission.fileName(), e);
            reject(connection, beforeRows, submission,
                    new FileRejectedException("ingest.file.unreadable", String.valueOf(e.getMessage())));
            return;
        }
        store.addIssues(submission.id(), issues);
        store.markLoaded(submission, loaded, rejected);
        log.info("{}: {} rows loaded, {} rejected", submission.fileName(), loaded, rejected);
    }

    private TableReader openChecked(Path file, String format) throws IOException, FileRejectedException {
        if (!Files.isReadable(file)) {
            throw new FileRejectedException("ingest.file.gone");
        }
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw new FileRejectedException("ingest.file.too-large", size, limits.maxFileBytes());
        }
        return TableReader.open(file, format, limits);
    }

    /** Totals lines a unit keeps below its rows (sums, not rows): skipped, and told in one warning. */
    private static final class SkippedTotals {

        private static final int NAMED = 10;
        private final List<Integer> firstRows = new ArrayList<>();
        private int count;

        void add(int rowNumber) {
            if (count++ < NAMED) {
                firstRows.add(rowNumber);
            }
        }

        Optional<Issue> warning(Texts texts) {
            if (count == 0) {
                return Optional.empty();
            }
            String rows = firstRows.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + (count > NAMED ? ", …" : "");
            return Optional.of(new Issue("WARNING", null, null, null, "ingest.file.totals-skipped",
                    texts.both("ingest.file.totals-skipped", rows)));
        }
    }

    /** Where each column sits (-1 when an optional one is absent), and how many cells the header has. */
    private record Header(int[] cellIndex, int width) {
    }

    /**
     * The header: the first line, or, when that names neither this kind's columns nor another kind's (a title, as
     * registers kept in Excel often have above their table), the first of the next rows that names every required
     * column, the lines above it skipped with a warning. Rows keep their numbers in the file either way.
     */
    private Header findHeader(RowSchema schema, TableReader reader, List<Issue> issues, String fileName)
            throws FileRejectedException, IOException {
        List<String> first = reader.header();
        if (!namesRequired(schema, first) && otherKind(schema, first).isEmpty()) {
            for (int looked = 0; looked < MAX_ROWS_ABOVE_HEADER; looked++) {
                RawRow row = reader.next();
                if (row == null) {
                    break;
                }
                if (namesRequired(schema, row.cells())) {
                    issues.add(new Issue("WARNING", null, null, null, "ingest.file.header-below",
                            texts.both("ingest.file.header-below", row.rowNumber(), shown(first))));
                    return new Header(mapHeader(schema, row.cells(), issues, fileName), row.cells().size());
                }
            }
        }
        return new Header(mapHeader(schema, first, issues, fileName), first.size());
    }

    private boolean namesRequired(RowSchema schema, List<String> cells) {
        Set<String> named = cells.stream().map(cell -> headers.columnOf(schema, cell)).collect(Collectors.toSet());
        return schema.columns().stream().filter(Column::required).map(Column::name).allMatch(named::contains);
    }

    /** The kind whose required columns a header names, when it is not the file's. */
    private Optional<RowSchema> otherKind(RowSchema schema, List<String> cells) {
        return RowSchema.all().stream().filter(other -> other != schema && namesRequired(other, cells)).findFirst();
    }

    /**
     * Where each schema column sits in the file (-1 when an optional one is absent). A header cell names a column
     * by its name or its Kazakh or Russian title ({@link HeaderNames}); cells naming no column are warned about and
     * ignored.
     */
    private int[] mapHeader(RowSchema schema, List<String> header, List<Issue> issues, String fileName)
            throws FileRejectedException {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            if (TypedName.key(cell).isEmpty()) {
                continue;
            }
            Integer earlier = positions.putIfAbsent(headers.columnOf(schema, cell), i);
            if (earlier != null) {
                throw new FileRejectedException("ingest.file.duplicate-column", headers.columnOf(schema, cell),
                        "«" + header.get(earlier).strip() + "», «" + cell.strip() + "»");
            }
        }
        int[] index = new int[schema.columns().size()];
        List<Column> missing = new ArrayList<>();
        for (int c = 0; c < index.length; c++) {
            Column column = schema.columns().get(c);
            Integer position = positions.get(column.name());
            index[c] = position == null ? -1 : position;
            if (position == null && column.required()) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw missingColumns(schema, header, missing, fileName);
        }
        header.stream().filter(cell -> !TypedName.key(cell).isEmpty() && !headers.names(schema, cell))
                .map(String::strip).forEach(unknown -> issues.add(new Issue("WARNING", null, unknown, null,
                        "ingest.file.unknown-column", texts.both("ingest.file.unknown-column", unknown))));
        return index;
    }

    /**
     * Required columns are missing: the unit is told what the file's first line holds instead, with the names and
     * titles it may head them with, or, when its columns are another kind's, that the file is of that kind under a
     * wrong name.
     */
    private FileRejectedException missingColumns(RowSchema schema, List<String> header, List<Column> missing,
                                                 String fileName) {
        Optional<RowSchema> other = otherKind(schema, header);
        if (other.isPresent()) {
            return new FileRejectedException("ingest.file.other-kind",
                    missing.stream().map(Column::name).collect(Collectors.joining(", ")), other.get().kind(),
                    schema.kind(), other.get().kind() + fileName.substring(schema.kind().length()));
        }
        String titled = missing.stream().map(column -> {
            Bilingual title = headers.title(schema, column);
            return column.name() + Stream.of(title.ru(), title.kk()).distinct()
                    .collect(Collectors.joining("», «", " («", "»)"));
        }).collect(Collectors.joining(", "));
        return new FileRejectedException("ingest.file.missing-columns", titled, shown(header));
    }

    /** A line's non-empty cells as the unit wrote them, joined by {@code ;}, cut to 200 characters. */
    private static String shown(List<String> cells) {
        String line = String.join("; ", cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList());
        return line.isEmpty() ? "—" : line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static List<String> tableColumns(RowSchema schema) {
        return Stream.concat(Stream.of("submission_id", "row_number"), schema.columns().stream().map(Column::name))
                .toList();
    }

    private void reject(Connection connection, Savepoint beforeRows, PendingSubmission submission,
                        FileRejectedException e) throws SQLException {
        connection.rollback(beforeRows);
        store.markRejected(submission.id());
        store.addIssues(submission.id(), List.of(new Issue("ERROR", null, null, null, e.code(),
                texts.both(e.code(), e.args()))));
        log.warn("{} rejected: {}", submission.fileName(), texts.both(e.code(), e.args()).ru());
    }
}
