package kz.legalstat.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import kz.legalstat.i18n.Texts;
import kz.legalstat.ingest.DeadlineDerivation;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Severity;
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

    private final DataSource dataSource;
    private final SubmissionStore store;
    private final ReferenceData reference;
    private final Texts texts;
    private final IngestLimits limits;
    private final Headers headers;
    private final DeadlineDerivation deadlines;
    private final String sourceUser;
    private final String sourcePassword;

    SubmissionLoader(DataSource dataSource, SubmissionStore store, ReferenceData reference, Texts texts,
                     IngestLimits limits, DeadlineDerivation deadlines,
                     @Value("${legalstat.source.user:}") String sourceUser,
                     @Value("${legalstat.source.password:}") String sourcePassword) {
        this.sourceUser = sourceUser;
        this.sourcePassword = sourcePassword;
        this.dataSource = dataSource;
        this.store = store;
        this.reference = reference;
        this.texts = texts;
        this.limits = limits;
        this.deadlines = deadlines;
        this.headers = new Headers(texts);
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
        FileIssues issues = new FileIssues();
        long loaded;
        int rejected = 0;
        try (TableReader reader = submission.fromDatabase()
                ? JdbcTableReader.open(submission.path(), submission.sourceQuery(), sourceUser, sourcePassword)
                : openChecked(Path.of(submission.path()), submission.format())) {
            Headers.Found header = headers.find(schema, reader, issues, submission.fileName());
            RowValidator validator = new RowValidator(schema, header.cellIndex(), header.width(),
                    reader.separator().orElse(null), submitter, submission.period(), reference, texts);
            ActRowDeadlines derived = schema == RowSchema.ACTS ? new ActRowDeadlines(deadlines.forLoad()) : null;
            try (CopyRowWriter copy = CopyRowWriter.open(connection, schema.table(), tableColumns(schema),
                    leadingValues(schema, submission))) {
                SkippedRows totals = new SkippedRows("ingest.file.totals-skipped");
                SkippedRows headersAgain = new SkippedRows("ingest.file.header-repeated");
                for (RawRow row = reader.next(); row != null; row = reader.next()) {
                    RowValidator.Result result = validator.validate(row);
                    if (result.accepted()) {
                        copy.write(row.rowNumber(), derived == null ? result.values()
                                : derived.withDeadlines(result.values()));
                    } else if (row.isTotals()) {
                        totals.add(row.rowNumber());
                    } else if (headers.namesEveryRequiredColumn(schema, row.cells())) {
                        headersAgain.add(row.rowNumber());
                    } else {
                        rejected++;
                        issues.addAll(result.issues());
                    }
                }
                loaded = copy.finish();
                totals.warning(texts).ifPresent(issues::add);
                headersAgain.warning(texts).ifPresent(issues::add);
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
        store.addIssues(submission.id(), issues.all(texts));
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

    /** The table's columns a file's rows fill: its submission (and month, for acts and records), then its own. */
    private static List<String> tableColumns(RowSchema schema) {
        Stream<String> columns = Stream.concat(Stream.concat(Stream.of("submission_id"), monthColumn(schema)),
                Stream.concat(Stream.of("row_number"), schema.columns().stream().map(Column::name)));
        return (schema == RowSchema.ACTS ? Stream.concat(columns, ActRowDeadlines.COLUMNS.stream()) : columns)
                .toList();
    }

    private static List<String> leadingValues(RowSchema schema, PendingSubmission submission) {
        return Stream.concat(Stream.of(String.valueOf(submission.id())),
                monthColumn(schema).map(column -> submission.period().atDay(1).toString())).toList();
    }

    /** The history of acts and records keeps each row's month beside it (V26); a form's lines are read by file. */
    private static Stream<String> monthColumn(RowSchema schema) {
        return schema == RowSchema.FORM ? Stream.empty() : Stream.of("period");
    }

    private void reject(Connection connection, Savepoint beforeRows, PendingSubmission submission,
                        FileRejectedException e) throws SQLException {
        connection.rollback(beforeRows);
        store.markRejected(submission.id());
        store.addIssues(submission.id(), List.of(new Issue(Severity.ERROR, null, null, null, e.code(),
                texts.both(e.code(), e.args()))));
        log.warn("{} rejected: {}", submission.fileName(), texts.both(e.code(), e.args()).ru());
    }
}
