package io.github.cnbenforcer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.cnbenforcer.image.Json;
import org.junit.jupiter.api.Test;

/**
 * The package layering ARCHITECTURE.md writes down, checked on the rule's compiled classes: data flows
 * one way, from references through sources and checks to the outcome and its reports, and no package
 * depends on one that depends back on it.
 */
class LayeringTest {
    private static final String ROOT = "io.github.cnbenforcer";
    private static final JavaClasses RULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void noPackageDependsOnOneThatDependsBackOnIt() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(RULE);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Rule")
                .definedBy(ROOT + ".rule..")
                .layer("Pipeline")
                .definedBy(ROOT + ".pipeline..")
                .layer("Report")
                .definedBy(ROOT + ".report..")
                .layer("Outcome")
                .definedBy(ROOT + ".outcome..")
                .layer("Checks")
                .definedBy(ROOT + ".check..")
                .layer("Domain")
                .definedBy(ROOT + ".fs..", ROOT + ".packages..", ROOT + ".rebase..", ROOT + ".builder..")
                .layer("Sources")
                .definedBy(ROOT + ".source..")
                .layer("Cache")
                .definedBy(ROOT + ".cache..")
                .layer("Values")
                .definedBy(ROOT + ".image..", ROOT + ".reference..", ROOT + ".tar..", ROOT + ".text..")
                .whereLayer("Rule")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Pipeline")
                .mayOnlyBeAccessedByLayers("Rule")
                .whereLayer("Report")
                .mayOnlyBeAccessedByLayers("Rule")
                .whereLayer("Outcome")
                .mayOnlyBeAccessedByLayers("Rule", "Pipeline", "Report")
                .whereLayer("Checks")
                .mayOnlyBeAccessedByLayers("Rule", "Pipeline", "Report", "Outcome")
                .whereLayer("Domain")
                .mayOnlyBeAccessedByLayers("Rule", "Pipeline", "Report", "Outcome", "Checks")
                .whereLayer("Sources")
                .mayOnlyBeAccessedByLayers("Rule", "Pipeline")
                .whereLayer("Cache")
                .mayOnlyBeAccessedByLayers("Rule", "Pipeline", "Sources")
                .check(RULE);
    }

    @Test
    void checkTopicsAreIndependentOfEachOther() {
        slices().matching(ROOT + ".check.(*)..").should().notDependOnEachOther().check(RULE);
    }

    @Test
    void sourcesAreIndependentOfEachOtherAndTheirContractOfThem() {
        slices().matching(ROOT + ".source.(*)..")
                .should()
                .notDependOnEachOther()
                .check(RULE);
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".source")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".source.layout..", ROOT + ".source.registry..")
                .check(RULE);
    }

    @Test
    void onlyTheRuleKnowsMaven() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".rule..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.maven..", "org.eclipse.aether..", "javax.inject..")
                .check(RULE);
    }

    @Test
    void onlyTheRegistrySourceTalksHttp() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".source.registry..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.net.http..", "javax.net.ssl..")
                .check(RULE);
    }

    /**
     * Jackson's ObjectMapper costs a cold build about 400 classes and a quarter of a second: the rule
     * reads and writes JSON through {@link Json}'s parser and generator, and only tests use the mapper.
     */
    @Test
    void theRuleMakesNoObjectMapper() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(Json.class.getName())
                .and()
                .doNotHaveFullyQualifiedName(Json.class.getName() + "$FullMapper")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(ObjectMapper.class)
                .check(RULE);
    }
}
