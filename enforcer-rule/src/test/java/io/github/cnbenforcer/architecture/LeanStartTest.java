package io.github.cnbenforcer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.cnbenforcer.image.Json;
import org.junit.jupiter.api.Test;

/**
 * What the rule keeps out of a run, checked on its compiled classes: Jackson's {@code ObjectMapper},
 * whose set-up loads about 300 classes that reading and writing JSON trees does not need (the
 * performance page has the figures). {@link Json#mapper()} is there for tests and tools only.
 */
class LeanStartTest {
    private static final JavaClasses RULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.cnbenforcer");

    @Test
    void theRuleReadsAndWritesJsonWithoutJacksonsObjectMapper() {
        noClasses().should().callMethod(Json.class, "mapper").check(RULE);
        noClasses()
                .that()
                .doNotBelongToAnyOf(Json.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(ObjectMapper.class)
                .check(RULE);
    }
}
