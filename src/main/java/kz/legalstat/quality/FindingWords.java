package kz.legalstat.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;
import kz.legalstat.ingest.SubmissionColumns;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.SubmissionKind;

/**
 * The codes a rule's finding carries, put into the reader's language, for the data-quality report and the quality
 * page alike: the columns of its
 * files as their headers name them («Дата рассмотрения», not {@code considered_on}), the codes of the code lists
 * (act types, outcomes, …) by their names, and the form's indicators ({@code ACTS.SUBMISSION.ISSUED}) as the form's
 * template words them. A code the report does not know stays as it is.
 */
public final class FindingWords {

    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\d_.])[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9](?![\\p{L}\\d_])");
    private static final List<String> CODE_LISTS = List.of("ACT_TYPE", "OUTCOME", "ADDRESSEE_KIND", "SPHERE",
            "RECORD_CATEGORY", "RECORD_STATUS");

    private final Map<String, String> words = new HashMap<>();

    public FindingWords(Texts texts, ReferenceData reference, Lang lang) {
        for (SubmissionKind kind : SubmissionKind.values()) {
            for (String column : SubmissionColumns.of(kind)) {
                String key = "column." + kind.code() + "." + column;
                String named = texts.keyOrAsIs(lang, key);
                if (!named.equals(key)) {
                    // plain: the rules' messages already quote the columns they name
                    words.putIfAbsent(column, named);
                }
            }
        }
        // a report not sent is a finding whose value is its kind
        for (SubmissionKind kind : SubmissionKind.values()) {
            words.put(kind.code(), texts.get(lang, "report.data-quality.kind." + kind.code()));
        }
        for (String domain : CODE_LISTS) {
            for (String code : reference.codes(domain)) {
                words.putIfAbsent(code, reference.codeName(domain, code, lang));
            }
        }
        for (String type : reference.codes("ACT_TYPE")) {
            String typeName = reference.codeName("ACT_TYPE", type, lang);
            for (String measure : List.of("ISSUED", "CONSIDERED", "SATISFIED", "PARTIALLY_SATISFIED", "REJECTED")) {
                words.put("ACTS." + type + "." + measure,
                        "«" + typeName + ": " + texts.get(lang, "template.indicator." + measure) + "»");
            }
        }
        words.put("ACTS.PERSONS_DISCIPLINED", "«" + texts.get(lang, "template.indicator.PERSONS_DISCIPLINED") + "»");
        words.put("RECORDS.REGISTERED", "«" + texts.get(lang, "template.indicator.REGISTERED") + "»");
    }

    /** The text with every code it knows in words; null stays null. */
    public String of(String text) {
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
