package kz.legalstat.ingest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.legalstat.i18n.Bilingual;
import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;
import kz.legalstat.reference.Severity;

/**
 * What is wrong with one file, held while it is read (its rows stream to the database meanwhile, so the issues
 * cannot be written before its end). A file whose every row is wrong, say a whole column of dates in another form,
 * would hold millions of them: 600 000 such rows exhausted a 256 MB heap and stopped the night's collection. So the
 * rows' issues are listed up to a bound, and past it only counted per column and kind of fault, each count told at
 * the end in one warning with the first of its messages. Rows keep being refused and counted exactly.
 */
final class FileIssues {

    /** Row issues listed one by one: more than any unit reads, few enough to hold (some 6 MB). */
    static final int LISTED_ROW_ISSUES = 10_000;

    private record Fault(String column, String code) {
    }

    private record Unlisted(Issue first, long count) {
    }

    private final List<Issue> listed = new ArrayList<>();
    private final Map<Fault, Unlisted> unlisted = new LinkedHashMap<>();
    private int listedRowIssues;

    void add(Issue issue) {
        if (issue.rowNumber() == null || listedRowIssues < LISTED_ROW_ISSUES) {
            listedRowIssues += issue.rowNumber() == null ? 0 : 1;
            listed.add(issue);
        } else {
            unlisted.merge(new Fault(issue.column(), issue.code()), new Unlisted(issue, 1),
                    (earlier, next) -> new Unlisted(earlier.first(), earlier.count() + 1));
        }
    }

    void addAll(List<Issue> issues) {
        issues.forEach(this::add);
    }

    /** The issues listed, then a warning for each column and fault past the bound. */
    List<Issue> all(Texts texts) {
        List<Issue> all = new ArrayList<>(listed);
        unlisted.forEach((fault, more) -> {
            String column = fault.column() == null ? "—" : fault.column();
            Bilingual message = new Bilingual(summary(texts, Lang.kk, more, column),
                    summary(texts, Lang.ru, more, column));
            all.add(new Issue(Severity.WARNING, null, fault.column(), null, "ingest.file.more-row-issues", message));
        });
        return all;
    }

    private static String summary(Texts texts, Lang lang, Unlisted more, String column) {
        return texts.get(lang, "ingest.file.more-row-issues", more.count(), column, LISTED_ROW_ISSUES,
                more.first().rowNumber(), more.first().message().in(lang));
    }
}
