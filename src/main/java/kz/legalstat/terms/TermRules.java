package kz.legalstat.terms;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import kz.legalstat.reference.OfficeCsv;
import kz.legalstat.reference.OfficeFileProblem;
import kz.legalstat.reference.OfficeFileRejectedException;
import kz.legalstat.reference.OfficeTime;
import kz.legalstat.reference.ReferenceData;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statutory terms (term_rule, V25) as the office keeps them: the whole set loaded from a file, replacing the set
 * in force, only when every line holds together; the acts' deadlines are derived again at once.
 */
@Component
public class TermRules {

    /** Where the set in force came from and when it was loaded; empty for the set the migrations ship. */
    public record Source(String source, OffsetDateTime loadedAt) {
    }

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    TermRules(JdbcClient jdbc, ReferenceData reference, ApplicationEventPublisher events,
              PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.events = events;
        this.reference = reference;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Replaces the whole set with the file's and derives every act's deadline again (readers keep the old ones until
     * that commits). Refused whole, the set unchanged, when a line is wrong.
     */
    public List<TermVersion> load(Path file, String source) {
        if (source == null || source.isBlank()) {
            throw new OfficeFileRejectedException("terms.source.missing");
        }
        List<OfficeFileProblem> problems = new ArrayList<>();
        List<TermVersion> versions = TermFile.read(file, reference.codes("ACT_TYPE"), reference.codes("ADDRESSEE_KIND"),
                problems);
        if (!problems.isEmpty()) {
            throw new OfficeFileRejectedException(problems);
        }
        transaction.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM term_rule").update();
            for (TermVersion v : versions) {
                jdbc.sql("""
                        INSERT INTO term_rule (act_type, addressee_kind, valid_from, valid_to, term, term_unit,
                                               min_term, max_term, report_term, report_term_unit, legal_basis,
                                               legal_basis_kk)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(v.actType(), v.addresseeKind(), v.validFrom(), v.validTo(), v.term(),
                                name(v.termUnit()), v.minTerm(), v.maxTerm(), v.reportTerm(), name(v.reportTermUnit()),
                                v.legalBasis(), v.legalBasisKk())
                        .update();
            }
            jdbc.sql("INSERT INTO term_rule_set (source) VALUES (?)").param(source.strip()).update();
            events.publishEvent(new TermsChanged(source.strip()));
        });
        return versions;
    }

    /** The set in force, by act type, addressee kind (the one for every other kind last) and first day. */
    public List<TermVersion> versions() {
        return jdbc.sql("""
                SELECT r.* FROM term_rule r
                LEFT JOIN code_list t ON t.domain = 'ACT_TYPE' AND t.code = r.act_type
                LEFT JOIN code_list k ON k.domain = 'ADDRESSEE_KIND' AND k.code = r.addressee_kind
                ORDER BY t.sort_order, k.sort_order NULLS LAST, r.valid_from""")
                .query((rs, n) -> new TermVersion(rs.getString("act_type"), rs.getString("addressee_kind"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                        (Integer) rs.getObject("term"), unit(rs.getString("term_unit")),
                        (Integer) rs.getObject("min_term"), (Integer) rs.getObject("max_term"),
                        (Integer) rs.getObject("report_term"), unit(rs.getString("report_term_unit")),
                        rs.getString("legal_basis"), rs.getString("legal_basis_kk")))
                .list();
    }

    /** Where the set in force came from, when the office has loaded one. */
    public Optional<Source> source() {
        return jdbc.sql("SELECT source, loaded_at FROM term_rule_set ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new Source(rs.getString("source"), OfficeTime.read(rs, "loaded_at"))).optional();
    }

    /** The set in force as a terms file (UTF-8 with BOM, {@code ;}): loaded back unchanged, it gives the same set. */
    public byte[] export() {
        List<List<String>> lines = versions().stream().map(v -> Arrays.asList(v.actType(), v.addresseeKind(),
                text(v.validFrom()), text(v.validTo()), text(v.term()), name(v.termUnit()), text(v.minTerm()),
                text(v.maxTerm()), text(v.reportTerm()), name(v.reportTermUnit()), v.legalBasis(), v.legalBasisKk()))
                .toList();
        return OfficeCsv.write(TermFile.HEADER, lines);
    }

    private static String name(TermUnit unit) {
        return unit == null ? null : unit.name();
    }

    private static TermUnit unit(String name) {
        return name == null ? null : TermUnit.valueOf(name);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
