package kz.legalstat.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/**
 * A rule's query as kept in {@code quality/rules/<ID>.sql}. Either a whole SELECT of findings (unit_code,
 * submission_id, file_name, row_number, column_name, value, expected, actual_kk, actual_ru), or a row rule: a
 * condition on one act {@code a} of the month and the findings it gives, written under the lines
 * {@code -- over act} (or {@code act_status}: the acts' status as of the month's end), {@code -- when} and
 * {@code -- then}. Row rules over the same source are checked in one pass over the month's acts instead of one
 * pass each; so they take no tolerance, which is the rule's own.
 */
record RuleFile(String id, String select, String over, String when, String then) {

    /** What a row rule may be over, and the relation each name stands for in the month's pass. */
    private static final Map<String, String> SOURCES = Map.of(
            "act", "act",
            "act_status", "act_status(DATE '2000-01-01', :period_end, :period_end)");
    private static final String OVER = "-- over ";

    boolean isRowRule() {
        return over != null;
    }

    /** For a row rule, the relation its acts {@code a} come from. */
    String source() {
        return SOURCES.get(over);
    }

    static RuleFile read(String id) {
        ClassPathResource resource = new ClassPathResource("quality/rules/" + id + ".sql");
        String text;
        try (InputStream in = resource.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Rule " + id + " is enabled in quality_rule but has no "
                    + "quality/rules/" + id + ".sql: add the query or disable the rule", e);
        }
        List<String> lines = text.lines().toList();
        int over = indexOf(lines, line -> line.matches("-- over \\w+"));
        if (over < 0) {
            return new RuleFile(id, withoutSemicolon(text), null, null, null);
        }
        int when = indexOf(lines, "-- when"::equals);
        int then = indexOf(lines, "-- then"::equals);
        String source = lines.get(over).strip().substring(OVER.length());
        if (when < over || then < when || !SOURCES.containsKey(source)) {
            throw new IllegalStateException("quality/rules/" + id + ".sql: a row rule has the lines '-- over act' "
                    + "(or act_status), '-- when' and '-- then', in that order");
        }
        return new RuleFile(id, null, source, join(lines.subList(when + 1, then)),
                join(lines.subList(then + 1, lines.size())));
    }

    /** The first line that is the marker, or -1. */
    private static int indexOf(List<String> lines, Predicate<String> marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (marker.test(lines.get(i).strip())) {
                return i;
            }
        }
        return -1;
    }

    private static String join(List<String> lines) {
        return withoutSemicolon(lines.stream().filter(l -> !l.strip().startsWith("--"))
                .collect(Collectors.joining("\n")));
    }

    private static String withoutSemicolon(String sql) {
        return sql.strip().replaceAll(";$", "");
    }
}
