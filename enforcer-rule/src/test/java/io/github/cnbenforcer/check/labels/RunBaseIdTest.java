package io.github.cnbenforcer.check.labels;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunBaseIdTest {
    private final RunBaseId check = new RunBaseId();

    private Verdict evaluate(String id) {
        return check.evaluate(TestImage.linux().label(BaseLabels.BASE_ID, id).asRun());
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.buildpacks.stacks.jammy", "io.paketo/jammy-tiny", "com.example/stack_1"})
    void reverseDomainNotationIsSatisfied(String id) {
        assertSatisfied(evaluate(id)).isEqualTo("label io.buildpacks.base.id is '" + id + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Heroku-24", "stacks/io.example.jammy", "jammy"})
    void anIdWithoutDotBeforeTheFirstSlashIsAViolation(String id) {
        assertViolated(evaluate(id)).contains("not in reverse domain notation");
    }

    @Test
    void theMessageNamesThePartWithoutDot() {
        assertViolated(evaluate("stacks/io.example.jammy")).endsWith(": 'stacks' has no '.'");
    }
}
