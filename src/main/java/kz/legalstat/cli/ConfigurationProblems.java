package kz.legalstat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A settings file (jobs/*.yml, application settings) that stops the start, told in the operator's words: the
 * file, the line, the setting, its value and what is wrong, one line per problem.
 */
final class ConfigurationProblems {

    private ConfigurationProblems() {
    }

    static Optional<String> describe(Throwable failure, Console console) {
        // the validation errors, when there are any, sit below the binding failure that carries them
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof BindValidationException invalid) {
                List<String> lines = new ArrayList<>();
                for (ObjectError error : invalid.getValidationErrors()) {
                    String setting = invalid.getValidationErrors().getName() + "."
                            + (error instanceof FieldError field ? kebab(field.getField()) : error.getObjectName());
                    Object value = error instanceof FieldError field ? field.getRejectedValue() : "";
                    // an error inside a map (a schedule of jobs/) carries no origin: the bound property has it
                    Origin origin = Optional.ofNullable(Origin.from(error)).orElseGet(() -> invalid.getValidationErrors()
                            .getBoundProperties().stream().filter(p -> p.getName().toString().equals(setting))
                            .map(ConfigurationProperty::getOrigin).findFirst().orElse(null));
                    lines.add(line(console, origin, setting, value, reason(console, error.getDefaultMessage())));
                }
                return Optional.of(String.join("\n", lines));
            }
        }
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof BindException unbound) {
                ConfigurationProperty property = unbound.getProperty();
                String reason = unbound.getCause() != null ? deepest(unbound.getCause()) : unbound.getMessage();
                return Optional.of(property == null
                        ? console.text("cli.config.invalid-setting", unbound.getName(), reason)
                        : line(console, property.getOrigin(), property.getName().toString(), property.getValue(), reason));
            }
        }
        return Optional.empty();
    }

    private static String line(Console console, Origin found, String setting, Object value, String reason) {
        Origin origin = found instanceof PropertySourceOrigin wrapped ? wrapped.getOrigin() : found;
        if (origin instanceof TextResourceOrigin text && text.getLocation() != null && text.getResource() != null) {
            String file = text.getResource().getDescription().replaceAll("^.*\\[(?:file:)?(?:\\./)?", "")
                    .replaceAll("]$", "");
            return console.text("cli.config.invalid", file, text.getLocation().getLine() + 1, setting, value, reason);
        }
        return console.text("cli.config.invalid-setting", setting + " = «" + value + "»", reason);
    }

    /** Our own text for our keys ({@code config.cron: Quartz's reason}), the validator's words otherwise. */
    private static String reason(Console console, String message) {
        if (message == null) {
            return "";
        }
        int colon = message.indexOf(": ");
        String key = colon > 0 ? message.substring(0, colon) : message;
        String detail = colon > 0 ? message.substring(colon + 2) : "";
        String text = console.texts.keyOrAsIs(console.lang, key);
        return detail.isEmpty() ? text : text + ": " + detail;
    }

    /** The setting as the files spell it: {@code jobs[nightly].monthsBack} is {@code jobs.nightly.months-back}. */
    private static String kebab(String field) {
        return field.replaceAll("\\[([^\\]]+)]", ".$1").replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The settings files that are not even YAML, checked before the application starts: the parser's own
     * failure names the line but not the file.
     */
    static Optional<String> unreadable(Path folder, Console console) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
                    .sorted().toList()) {
                try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    new Yaml().loadAll(reader).forEach(document -> { });
                } catch (MarkedYAMLException e) {
                    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                    problems.add(console.text("cli.config.unreadable", folder.getFileName() + "/" + file.getFileName(),
                            mark == null ? "?" : mark.getLine() + 1, e.getProblem()));
                } catch (YAMLException | IOException e) {
                    problems.add(console.text("cli.config.unreadable", folder.getFileName() + "/" + file.getFileName(),
                            "?", e.getMessage()));
                }
            }
        } catch (IOException e) {
            problems.add(console.text("cli.config.unreadable", folder, "?", e.getMessage()));
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", problems));
    }

    private static String deepest(Throwable e) {
        Throwable last = e;
        while (last.getCause() != null && last.getCause() != last) {
            last = last.getCause();
        }
        return String.valueOf(last.getMessage());
    }
}
