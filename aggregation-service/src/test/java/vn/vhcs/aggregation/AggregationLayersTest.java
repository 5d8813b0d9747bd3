package vn.vhcs.aggregation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The module's packages are layers: {@code api} (resources, format writers) over {@code export}
 * (the files) over {@code statistics} (the figures) over {@code store} (the tables); {@code ingest}
 * (the consumer) writes through {@code statistics} and {@code store}. {@code registry}, the copy of
 * the registry, is read by the statistics, the exports (names, rounds) and the consumer. A layer
 * needs only those below it, so the figures never depend on how they are served or filled, and
 * the files are made of the statistics, never of the tables.
 * Plain JUnit tests that check ArchUnit rules, so that Surefire runs and counts them like any other.
 */
class AggregationLayersTest {

    private static final String ROOT = "vn.vhcs.aggregation.";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.vhcs.aggregation");

    @Test
    void eachLayerNeedsOnlyThoseBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("api").definedBy(ROOT + "api..")
                .layer("ingest").definedBy(ROOT + "ingest..")
                .layer("export").definedBy(ROOT + "export..")
                .layer("statistics").definedBy(ROOT + "statistics..")
                .layer("store").definedBy(ROOT + "store..")
                .layer("registry").definedBy(ROOT + "registry..")
                .layer("figures").definedBy(ROOT + "figures..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("ingest").mayNotBeAccessedByAnyLayer()
                .whereLayer("export").mayOnlyBeAccessedByLayers("api")
                .whereLayer("statistics").mayOnlyBeAccessedByLayers("api", "export", "ingest")
                .whereLayer("store").mayOnlyBeAccessedByLayers("statistics", "ingest")
                .whereLayer("registry").mayOnlyBeAccessedByLayers("statistics", "export", "ingest")
                // the catalogue's copy, like the registry's: what a figure is called and how it is counted
                .whereLayer("figures").mayOnlyBeAccessedByLayers("statistics", "export", "ingest", "api")
                .check(MAIN);
    }

    @Test
    void theFiguresKnowNothingOfTheirReaders() {
        noClasses().that().resideInAPackage(ROOT + "statistics..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + "api..", ROOT + "export..", ROOT + "ingest..").check(MAIN);
    }

    @Test
    void theStoreKnowsNoFigures() {
        noClasses().that().resideInAnyPackage(ROOT + "store..", ROOT + "registry..", ROOT + "figures..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + "api..", ROOT + "export..", ROOT + "ingest..", ROOT + "statistics..")
                .check(MAIN);
    }

    @Test
    void noPackagesNeedEachOther() {
        slices().matching(ROOT + "(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
