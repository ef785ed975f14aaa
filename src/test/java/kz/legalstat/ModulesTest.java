package kz.legalstat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features as Spring Modulith sees them: each top-level package a module, its sub-packages internal. A feature
 * reaching into another's internals, or modules depending on each other in a cycle, fails the build.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(LegalStatApplication.class);

    @Test
    void noFeatureReachesIntoAnothersInternalsAndNoneDependOnEachOtherInACycle() {
        MODULES.verify();
    }

    /**
     * Writes the modules' documentation (a C4 component diagram, one page and diagram per module) into
     * target/spring-modulith-docs; docs/modules holds a copy, which must name every module there is. After a change
     * of the modules: {@code cp target/spring-modulith-docs/* docs/modules/}.
     */
    @Test
    void theModulesAreDocumentedAndDocsHoldsEveryOne() throws Exception {
        new Documenter(MODULES).writeDocumentation();

        List<String> modules = MODULES.stream().map(m -> "module-" + m.getIdentifier() + ".adoc").sorted().toList();
        try (var committed = Files.list(Path.of("docs", "modules"))) {
            assertThat(committed.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("module-")
                    && f.endsWith(".adoc")).sorted().toList()).as("docs/modules, against the modules found")
                    .isEqualTo(modules);
        }
    }
}
