package io.github.cnbenforcer.check.labels;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunBaseIdCharactersTest {
    private final RunBaseIdCharacters check = new RunBaseIdCharacters();

    private Verdict evaluate(String id) {
        return check.evaluate(TestImage.linux().label(BaseLabels.BASE_ID, id).asRun());
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.buildpacks.stacks.jammy", "io.paketo/jammy-tiny", "Heroku-24", "jammy"})
    void lettersDigitsDotsSlashesAndDashesAreSatisfied(String id) {
        assertSatisfied(evaluate(id)).isEqualTo("label io.buildpacks.base.id is '" + id + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.paketo:jammy", "my stack", "io_paketo", "ubuntu@22.04", "stäck", "stack\n"})
    void otherCharactersAreViolations(String id) {
        assertViolated(evaluate(id)).contains("only letters, digits, '.', '/' and '-' are allowed");
    }

    @Test
    void theMessageNamesEachOtherCharacterOnce() {
        assertViolated(evaluate("com.example/stack_1_2 x"))
                .isEqualTo("label io.buildpacks.base.id is 'com.example/stack_1_2 x', which holds '_ ':"
                        + " only letters, digits, '.', '/' and '-' are allowed");
    }

    @Test
    void anUnsetOrEmptyIdIsLeftToRunBaseId() {
        assertSatisfied(check.evaluate(TestImage.linux().asRun())).contains("is not set");
        assertSatisfied(evaluate("")).contains("is not set");
    }
}
