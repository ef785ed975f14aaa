package kz.legalstat.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import kz.legalstat.ingest.SubmissionStatus;
import kz.legalstat.i18n.Texts;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Severity;
import kz.legalstat.reference.SubmissionKind;

import org.springframework.stereotype.Component;

/**
 * Registers a unit's database view as a submission of kind {@code acts}: each collection of it is a new
 * version (the view may have changed), loaded like a file. Credentials are never stored: the URL and the
 * query are, the user and password come from the environment (legalstat.source.user / .password).
 */
@Component
public class SourceDatabaseRegistrar {

    private final SubmissionStore store;
    private final ReferenceData reference;
    private final Texts texts;

    SourceDatabaseRegistrar(SubmissionStore store, ReferenceData reference, Texts texts) {
        this.store = store;
        this.reference = reference;
        this.texts = texts;
    }

    public void register(String url, String query, String unitCode, YearMonth period, long jobExecutionId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var name = new SubmissionFileName(SubmissionKind.ACTS.code(), unitCode, period, "db");
        String label = "acts_" + unitCode + "_" + period + ".db";
        StoredFile source = new StoredFile(url, label, 0, now, null, sha256(url + "\n" + query + "\n" + now));
        Issue refused = reference.unit(unitCode).isEmpty() ? issue("ingest.file.unknown-unit", unitCode)
                : UnlistedUnit.find(reference, unitCode, period)
                        .map(unlisted -> issue("ingest.file." + unlisted.reason(), unlisted.args())).orElse(null);
        if (refused != null) {
            long id = store.register(source, name, SubmissionStatus.REJECTED, jobExecutionId);
            store.addIssues(id, List.of(refused));
            return;
        }
        long id = store.register(source, name, SubmissionStatus.RECEIVED, jobExecutionId);
        store.setSourceQuery(id, query);
    }

    private Issue issue(String key, Object... args) {
        return new Issue(Severity.ERROR, null, null, null, key, texts.both(key, args));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
