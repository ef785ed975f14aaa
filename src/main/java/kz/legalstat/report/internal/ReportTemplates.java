package kz.legalstat.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kz.legalstat.i18n.Lang;
import kz.legalstat.report.ReportName;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Finds the template of a report and language: {@code <dir>/<report>_<lang>.xlsx} in the templates folder an
 * analyst edits, else the copy shipped in the jar. Validates them all, naming every problem at once.
 */
@Component
public class ReportTemplates {

    /** Placeholders a report fills in every template; others are left as written. */
    static final Set<String> HEADER_PLACEHOLDERS = Set.of("period", "periodTitle", "prevPeriod", "year", "prevYear", "asOf",
            "region", "places", "produced", "data");

    private final Path directory;
    private final List<ReportWriter> writers;

    ReportTemplates(@Value("${legalstat.report.templates-dir:report-templates}") Path directory,
                    List<ReportWriter> writers) {
        this.directory = directory;
        this.writers = writers;
    }

    static String fileName(ReportName name, Lang lang) {
        return name.cliName() + "_" + lang + ".xlsx";
    }

    /** Where the template is read from, for messages. */
    String source(ReportName name, Lang lang) {
        Path file = directory.resolve(fileName(name, lang));
        return Files.isRegularFile(file) ? file.toAbsolutePath().toString() : "classpath:report-templates/" + fileName(name, lang);
    }

    TemplateWorkbook open(ReportName name, Lang lang) {
        Path file = directory.resolve(fileName(name, lang));
        try (InputStream in = Files.isRegularFile(file) ? Files.newInputStream(file)
                : new ClassPathResource("report-templates/" + fileName(name, lang)).getInputStream()) {
            return TemplateWorkbook.open(in, source(name, lang));
        } catch (IOException e) {
            throw new TemplateException("Template " + source(name, lang) + " is missing: every report needs "
                    + fileName(name, lang) + " in " + directory.toAbsolutePath(), e);
        }
    }

    /** Every template of every report and language, checked for its table markers; one message for all. */
    public void validate() {
        List<String> problems = new ArrayList<>();
        for (ReportWriter writer : writers) {
            for (Lang lang : Lang.values()) {
                try (TemplateWorkbook workbook = open(writer.name(), lang)) {
                    List<String> found = workbook.placeholders();
                    for (String table : writer.tables()) {
                        if (!found.contains("rows:" + table)) {
                            problems.add(source(writer.name(), lang) + ": no ${rows:" + table + "} marker");
                        }
                    }
                    for (String placeholder : found) {
                        if (!placeholder.startsWith("rows:") && !placeholder.startsWith("total:")
                                && !HEADER_PLACEHOLDERS.contains(placeholder)) {
                            problems.add(source(writer.name(), lang) + ": unknown placeholder ${" + placeholder
                                    + "}; known: " + HEADER_PLACEHOLDERS);
                        }
                    }
                } catch (TemplateException | IOException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateException("Report templates need fixing:\n  - " + String.join("\n  - ", problems));
        }
    }
}
