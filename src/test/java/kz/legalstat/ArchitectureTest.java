package kz.legalstat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Features talk to each other through their public faces, never through another feature's internals. */
@AnalyzeClasses(packages = "kz.legalstat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule ingestInternalsStayInIngest = noClasses()
            .that().resideOutsideOfPackage("kz.legalstat.ingest..")
            .should().dependOnClassesThat().resideInAPackage("kz.legalstat.ingest.internal..");

    @ArchTest
    static final ArchRule reportInternalsStayInReport = noClasses()
            .that().resideOutsideOfPackage("kz.legalstat.report..")
            .should().dependOnClassesThat().resideInAPackage("kz.legalstat.report.internal..");

    @ArchTest
    static final ArchRule nothingDependsOnTheCommandLine = noClasses()
            .that().resideOutsideOfPackages("kz.legalstat.cli..", "kz.legalstat")
            .should().dependOnClassesThat().resideInAPackage("kz.legalstat.cli..");
}
