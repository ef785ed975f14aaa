package kz.legalstat.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * Reads every {@code *.yml} of the jobs folder ({@code legalstat.jobs-dir}, default {@code ./jobs}): one file per
 * scheduled job, plus the rule settings, so that a new schedule is a new file and nothing else. Their settings rank
 * last: the command line, the environment and any settings file given at start override them. Each keeps its file
 * and line, so that a wrong value is named where it is.
 */
public class JobFiles implements EnvironmentPostProcessor {

    /** The jobs folder unless {@code legalstat.jobs-dir} names another, relative to where LegalStat runs. */
    public static final String DEFAULT_FOLDER = "jobs";

    /** The jobs folder these settings name: {@code legalstat.jobs-dir}, or {@link #DEFAULT_FOLDER}. */
    public static Path folder(PropertyResolver settings) {
        return Path.of(settings.getProperty("legalstat.jobs-dir", DEFAULT_FOLDER));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path folder = folder(environment);
        if (!Files.isDirectory(folder)) {
            return;
        }
        MutablePropertySources sources = environment.getPropertySources();
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                String name = "jobs/" + file.getFileName();
                List<PropertySource<?>> loaded = yaml.load(name, new FileSystemResource(file));
                loaded.forEach(sources::addLast);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the jobs folder " + folder.toAbsolutePath(), e);
        }
    }
}
