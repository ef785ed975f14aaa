package kz.legalstat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's tables belong to features as classes do: a feature's tables are read and written by its own classes
 * only; what it offers the others in SQL are its views and functions (the {@code R__} migrations), or a Java API.
 * Spring Batch's tables are read through its job repository and Quartz's through its scheduler, never by SQL of ours.
 * Read from the sources and the migrations, so it runs in the unit lane; docs/architecture.md explains the rule.
 */
class TableOwnershipTest {

    /** Each feature's relations (tables, views, functions); a relation the migrations create must be named here. */
    static final Map<String, Set<String>> OWNERS = Map.of(
            "reference", Set.of("unit", "code_list", "reporting_obligation", "unit_list", "unit_listed",
                    "unit_list_in_force", "unit_region", "unit_as_of", "reporting_due"),
            "calendar", Set.of("calendar_day", "calendar_year", "calendar_statutory_holiday", "calendar_index",
                    "calendar_index_refresh", "calendar_day_said", "calendar_year_loaded"),
            "terms", Set.of("term_rule", "term_rule_set", "term_rules_do_not_overlap", "term_rule_basis"),
            "ingest", Set.of("submission", "submission_issue", "act_row", "record_row", "form_row", "act",
                    "special_record", "form_value", "versions_settle", "act_versions_settle",
                    "record_versions_settle", "history_row_takes_its_submissions_month",
                    "submission_keeps_its_rows", "submission_rows_have_their_submission", "deadline_basis",
                    "deadline_basis_changed", "submission_taken", "act_in_file"),
            "quality", Set.of("finding", "quality_run", "quality_rule", "quality_rule_change",
                    "quality_blocked_unit", "quality_rule_in_force", "blocked_units", "verification_for_reports",
                    "findings_keep_what_they_name", "findings_name_what_exists", "verification", "finding_in_words"),
            "report", Set.of("report_export", "export_request", "act_status"),
            "account", Set.of("app_user", "sign_in_failure"));

    /** Frameworks' tables, read and written through their APIs only. */
    static final Pattern FRAMEWORK_TABLE = Pattern.compile("(batch|qrtz)_[a-z_]+");

    /** The reference data every feature names its figures by: read by all, written by the reference feature. */
    static final Set<String> SHARED_FOR_READING = Set.of("unit", "code_list");

    /**
     * The benchmarks measure the storage itself on a scratch database: they size, count and empty tables of every
     * feature. They still reach the frameworks only through their APIs.
     */
    static final String MEASURES_EVERYTHING = "bench";

    private static final Path SOURCES = Path.of("src", "main", "java", "kz", "legalstat");
    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");
    private static final Pattern NAMED = Pattern.compile(
            "\\b(from|join|into|update|table|truncate|exists|only)\\s+((?:[a-z_]+)(?:\\s*,\\s*[a-z_]+)*)");
    private static final Pattern CALLED = Pattern.compile("\\b([a-z_]+)\\s*\\(");
    private static final Pattern WRITES = Pattern.compile("\\b(?:insert\\s+into|update|delete\\s+from|truncate(?:\\s+table)?|"
            + "lock\\s+table)\\s+((?:[a-z_]+)(?:\\s*,\\s*[a-z_]+)*)");

    private static Set<String> relations;
    private static Map<String, Set<String>> namedByModule;
    private static Map<String, Set<String>> writtenByModule;

    @BeforeAll
    static void read() throws IOException {
        relations = relationsTheMigrationsLeave();
        namedByModule = new TreeMap<>();
        writtenByModule = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getNameCount() == 1 ? "(root)"
                        : SOURCES.relativize(file).getName(0).toString();
                String classSql = sqlOf(Files.readString(file));
                String where = module + " " + file.getFileName().toString().replace(".java", "");
                for (String name : named(classSql)) {
                    namedByModule.computeIfAbsent(name, n -> new TreeSet<>()).add(where);
                }
                for (String name : written(classSql)) {
                    writtenByModule.computeIfAbsent(name, n -> new TreeSet<>()).add(where);
                }
            }
        }
    }

    @Test
    void everyTableViewAndFunctionBelongsToOneFeature() {
        Set<String> owned = new TreeSet<>();
        OWNERS.values().forEach(owned::addAll);
        Set<String> ours = relations.stream().filter(r -> !FRAMEWORK_TABLE.matcher(r).matches())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(ours).as("relations the migrations create, each to be given to a feature in OWNERS")
                .isSubsetOf(owned);
        assertThat(owned).as("relations in OWNERS that no migration creates").isSubsetOf(ours);
        assertThat(OWNERS.values().stream().mapToInt(Set::size).sum()).as("a relation given to two features")
                .isEqualTo(owned.size());
    }

    @Test
    void noClassNamesSpringBatchsOrQuartzsTables() {
        assertThat(namedByModule.keySet().stream().filter(r -> FRAMEWORK_TABLE.matcher(r).matches())
                .collect(Collectors.toMap(r -> r, namedByModule::get)))
                .as("Spring Batch's tables are read through JobRepository, Quartz's through Scheduler")
                .isEmpty();
    }

    @Test
    void aFeaturesTablesAreNamedByItsOwnClassesOnly() {
        assertThat(crossings()).as("tables named by classes of another feature (table: module class)").isEmpty();
    }

    @Test
    void theSharedReferenceDataIsWrittenByTheReferenceFeatureOnly() {
        Map<String, Set<String>> writers = new TreeMap<>();
        for (String shared : SHARED_FOR_READING) {
            writtenByModule.getOrDefault(shared, Set.of()).stream()
                    .filter(where -> !where.startsWith("reference ") && !where.startsWith(MEASURES_EVERYTHING + " "))
                    .forEach(where -> writers.computeIfAbsent(shared, s -> new TreeSet<>()).add(where));
        }
        assertThat(writers).isEmpty();
    }

    /** The rule holds against its own examples: a crossing is seen, and what may be named is not taken for one. */
    @Test
    void theReadingOfSqlTellsTablesFromWordsAndFunctions() {
        String sql = sqlOf("""
                class X {
                    // SELECT * FROM finding in a comment is not SQL
                    String kind = "SUBMISSION";
                    String a = "SELECT count(*) FROM submission s JOIN act_row a ON a.submission_id = s.id";
                    String b = \"""
                            SELECT * FROM act_status(?, ?, ?) WHERE EXISTS (SELECT 1 FROM unit)\""";
                    String c = "LOCK TABLE unit_list, unit IN SHARE MODE";
                }""");

        assertThat(named(sql)).containsExactlyInAnyOrder("submission", "act_row", "act_status", "unit",
                "unit_list");
        assertThat(written(sql)).containsExactlyInAnyOrder("unit_list", "unit");
    }

    private static Map<String, Set<String>> crossings() {
        Map<String, String> ownerOf = new TreeMap<>();
        OWNERS.forEach((module, owned) -> owned.forEach(r -> ownerOf.put(r, module)));
        Set<String> published = publishedViewsAndFunctions();
        Map<String, Set<String>> crossings = new TreeMap<>();
        namedByModule.forEach((relation, where) -> {
            String owner = ownerOf.get(relation);
            if (owner == null || published.contains(relation) || SHARED_FOR_READING.contains(relation)) {
                return;
            }
            where.stream().filter(w -> !w.startsWith(owner + " ") && !w.startsWith(MEASURES_EVERYTHING + " "))
                    .forEach(w -> crossings.computeIfAbsent(relation, r -> new TreeSet<>()).add(w));
        });
        return crossings;
    }

    // --- reading the SQL of a class and the relations of the migrations

    /** The string literals and text blocks of a class, comments left out, in lower case. */
    static String sqlOf(String java) {
        String code = java.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//[^\\n\"]*$", " ");
        Matcher literal = Pattern.compile("(?s)\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(code);
        StringBuilder sql = new StringBuilder();
        while (literal.find()) {
            sql.append(literal.group(1) != null ? literal.group(1) : literal.group(2)).append('\n');
        }
        return sql.toString().toLowerCase();
    }

    /** Relations a piece of SQL reads or writes, and the functions it calls, that some migration creates. */
    static Set<String> named(String sql) {
        Set<String> names = new LinkedHashSet<>();
        Matcher relation = NAMED.matcher(sql);
        while (relation.find()) {
            for (String name : relation.group(2).split("\\s*,\\s*")) {
                names.add(name);
            }
        }
        Matcher call = CALLED.matcher(sql);
        while (call.find()) {
            names.add(call.group(1));
        }
        names.retainAll(relations);
        return names;
    }

    static Set<String> written(String sql) {
        Set<String> names = new LinkedHashSet<>();
        Matcher write = WRITES.matcher(sql);
        while (write.find()) {
            names.addAll(List.of(write.group(1).split("\\s*,\\s*")));
        }
        return names;
    }

    private static final Pattern CREATED = Pattern.compile(
            "\\bcreate\\s+(?:or\\s+replace\\s+)?(?:unlogged\\s+|materialized\\s+)?(table|view|function)\\s+"
                    + "(?:if\\s+not\\s+exists\\s+)?([a-z_]+)");
    private static final Pattern RENAMED = Pattern.compile("\\balter\\s+table\\s+([a-z_]+)\\s+rename\\s+to\\s+([a-z_]+)");
    private static final Pattern DROPPED = Pattern.compile(
            "\\bdrop\\s+(?:table|view|materialized\\s+view|function)\\s+(?:if\\s+exists\\s+)?([a-z_]+(?:\\s*,\\s*[a-z_]+)*)");
    private static final Pattern TEMPORARY = Pattern.compile("\\bcreate\\s+temp(?:orary)?\\s+table\\s+([a-z_]+)");

    /** What the migrations leave, applied in Flyway's order: versions by number, then the repeatable ones. */
    static Set<String> relationsTheMigrationsLeave() throws IOException {
        List<Path> ordered;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            ordered = files.sorted(Comparator.comparing(TableOwnershipTest::flywayOrder)).toList();
        }
        Set<String> left = new TreeSet<>();
        Set<String> temporary = new TreeSet<>();
        for (Path migration : ordered) {
            String sql = Files.readString(migration).toLowerCase().replaceAll("(?m)--.*$", " ");
            record Event(int at, Runnable apply) {
            }
            List<Event> inOrder = new ArrayList<>();
            Matcher created = CREATED.matcher(sql);
            while (created.find()) {
                String name = created.group(2);
                inOrder.add(new Event(created.start(), () -> left.add(name)));
            }
            Matcher renamed = RENAMED.matcher(sql);
            while (renamed.find()) {
                String from = renamed.group(1);
                String to = renamed.group(2);
                inOrder.add(new Event(renamed.start(), () -> {
                    left.remove(from);
                    left.add(to);
                }));
            }
            Matcher dropped = DROPPED.matcher(sql);
            while (dropped.find()) {
                List<String> names = List.of(dropped.group(1).split("\\s*,\\s*"));
                inOrder.add(new Event(dropped.start(), () -> names.forEach(left::remove)));
            }
            Matcher temp = TEMPORARY.matcher(sql);
            while (temp.find()) {
                temporary.add(temp.group(1));
            }
            inOrder.stream().sorted(Comparator.comparingInt(Event::at)).forEach(e -> e.apply().run());
        }
        left.removeAll(temporary);
        return left;
    }

    /** Views and functions: what a feature offers the others in SQL, created by its repeatable migrations. */
    static Set<String> publishedViewsAndFunctions() {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            Set<String> published = new TreeSet<>();
            for (Path migration : files.toList()) {
                Matcher created = CREATED.matcher(Files.readString(migration).toLowerCase());
                while (created.find()) {
                    if (!created.group(1).equals("table")) {
                        published.add(created.group(2));
                    }
                }
            }
            published.retainAll(relations);
            return published;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String flywayOrder(Path migration) {
        String name = migration.getFileName().toString();
        Matcher version = Pattern.compile("^V(\\d+)__").matcher(name);
        return version.find() ? String.format("V%06d", Integer.parseInt(version.group(1))) : "Z" + name;
    }
}
