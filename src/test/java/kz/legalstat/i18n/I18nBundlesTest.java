package kz.legalstat.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-facing text exists in Kazakh and in Russian, neither is left empty, and every key the pages and
 * the web code ask for is there.
 */
class I18nBundlesTest {

    /** Texts the two languages may share: words both use, and numbers-only patterns. */
    private static final Map<String, Set<String>> SHARED = Map.of(
            "messages", Set.of("report.produced", "report.overdue-acts.addressee", "report.data-quality.file",
                    "column.acts.addressee",
                    // a day, why it is off (in the bundle's words, from the calendar) and the day the deadline moved to
                    "report.deadline.moved",
                    // a unit kept out: its code, name and counts
                    "report.left-out.unit"),
            "web", Set.of("web.runs.findings.value", "web.role.OPERATOR"));

    @ParameterizedTest
    @ValueSource(strings = {"messages", "web"})
    void kazakhAndRussianHaveTheSameKeysAndNoEmptyText(String bundle) throws IOException {
        Properties kk = load("i18n/" + bundle + "_kk.properties");
        Properties ru = load("i18n/" + bundle + "_ru.properties");

        assertThat(kk.stringPropertyNames()).isNotEmpty().isEqualTo(ru.stringPropertyNames());
        kk.forEach((key, text) -> assertThat(text.toString()).as("kk " + key).isNotBlank());
        ru.forEach((key, text) -> assertThat(text.toString()).as("ru " + key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "web"})
    void kazakhTextIsKazakhNotACopyOfRussian(String bundle) throws IOException {
        Properties kk = load("i18n/" + bundle + "_kk.properties");
        Properties ru = load("i18n/" + bundle + "_ru.properties");

        var identical = kk.stringPropertyNames().stream()
                .filter(key -> kk.getProperty(key).equals(ru.getProperty(key)))
                .toList();
        assertThat(identical).as("texts identical in both languages").isSubsetOf(SHARED.get(bundle));
    }

    @Test
    void everyKeyThePagesAndTheWebCodeUseExists() throws IOException {
        Set<String> known = new HashSet<>(load("i18n/web_ru.properties").stringPropertyNames());
        known.addAll(load("i18n/messages_ru.properties").stringPropertyNames());
        Set<String> used = new HashSet<>();
        // literal keys: #{web.x} in templates, "web.x" / "account.x" in Java; keys built from a value
        // (#{'web.status.' + ${...}}) are checked against the values they can take
        used.addAll(matches(Path.of("src/main/resources/templates"), Pattern.compile("#\\{(web\\.[a-zA-Z0-9.-]+[a-zA-Z0-9])[}(]")));
        used.addAll(matches(Path.of("src/main/java/kz/legalstat"), Pattern.compile("\"((?:web|account|cli)\\.[a-z0-9.-]+[a-z0-9])\"")));
        for (String prefix : Set.of("web.status.", "web.export.status.", "web.completeness.", "web.severity.",
                "web.role.", "web.kind.", "web.report.")) {
            assertThat(known.stream().anyMatch(k -> k.startsWith(prefix))).as(prefix).isTrue();
        }
        Stream.of("STARTING", "STARTED", "STOPPING", "STOPPED", "FAILED", "COMPLETED", "ABANDONED", "UNKNOWN")
                .forEach(s -> used.add("web.status." + s));
        Stream.of("QUEUED", "RUNNING", "READY", "FAILED").forEach(s -> used.add("web.export.status." + s));
        Stream.of(kz.legalstat.quality.Completeness.State.values()).forEach(s -> used.add("web.completeness." + s));
        Stream.of(kz.legalstat.account.Role.values()).forEach(r -> used.add("web.role." + r));
        Stream.of(kz.legalstat.report.ReportName.values()).forEach(r -> used.add("web.report." + r.cliName()));
        kz.legalstat.reference.SubmissionKind.codes().forEach(k -> used.add("web.kind." + k));
        Stream.of("ERROR", "WARNING", "INFO").forEach(s -> used.add("web.severity." + s));

        assertThat(known).containsAll(used);
    }

    private static Set<String> matches(Path root, Pattern pattern) throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = I18nBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
