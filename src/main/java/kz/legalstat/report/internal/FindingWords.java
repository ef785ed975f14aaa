package kz.legalstat.report.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.legalstat.ingest.SubmissionColumns;
import kz.legalstat.quality.Completeness;
import kz.legalstat.reference.SubmissionKind;

/**
 * The codes a rule's finding carries, put into the report's language for the unit that reads it: the columns of its
 * files as their headers name them («Дата рассмотрения», not {@code considered_on}), the codes of the code lists
 * (act types, outcomes, …) by their names, and the form's indicators ({@code ACTS.SUBMISSION.ISSUED}) as the form's
 * template words them. A code the report does not know stays as it is.
 */
final class FindingWords {

    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\d_.])[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9](?![\\p{L}\\d_])");
    private static final List<String> CODE_LISTS = List.of("ACT_TYPE", "OUTCOME", "ADDRESSEE_KIND", "SPHERE",
            "RECORD_CATEGORY", "RECORD_STATUS");

    private final Map<String, String> words = new HashMap<>();

    FindingWords(ReportContext context) {
        for (SubmissionKind kind : SubmissionKind.values()) {
            for (String column : SubmissionColumns.of(kind)) {
                String key = "column." + kind.code() + "." + column;
                String named = context.texts().keyOrAsIs(context.lang(), key);
                if (!named.equals(key)) {
                    // plain: the rules' messages already quote the columns they name
                    words.putIfAbsent(column, named);
                }
            }
        }
        for (String domain : CODE_LISTS) {
            for (String code : context.reference().codes(domain)) {
                words.putIfAbsent(code, context.reference().codeName(domain, code, context.lang()));
            }
        }
        for (String type : context.reference().codes("ACT_TYPE")) {
            String typeName = context.reference().codeName("ACT_TYPE", type, context.lang());
            for (String measure : List.of("ISSUED", "CONSIDERED", "SATISFIED", "PARTIALLY_SATISFIED", "REJECTED")) {
                words.put("ACTS." + type + "." + measure,
                        "«" + typeName + ": " + context.text("template.indicator." + measure) + "»");
            }
        }
        words.put("ACTS.PERSONS_DISCIPLINED", "«" + context.text("template.indicator.PERSONS_DISCIPLINED") + "»");
        words.put("RECORDS.REGISTERED", "«" + context.text("template.indicator.REGISTERED") + "»");
    }

    /** The text with every code it knows in words; null stays null. */
    String of(String text) {
        if (text == null) {
            return null;
        }
        Matcher code = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (code.find()) {
            code.appendReplacement(out, Matcher.quoteReplacement(words.getOrDefault(code.group(), code.group())));
        }
        return code.appendTail(out).toString();
    }
}
