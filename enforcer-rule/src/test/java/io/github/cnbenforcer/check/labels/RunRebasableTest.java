package io.github.cnbenforcer.check.labels;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.ConfigBuilder;
import io.github.cnbenforcer.check.TestImages;
import io.github.cnbenforcer.check.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunRebasableTest {
    private final RunRebasable check = new RunRebasable();

    private Verdict evaluate(String rebasable) {
        return check.evaluate(TestImages.run(ConfigBuilder.linux().label(BaseLabels.REBASABLE, rebasable)));
    }

    @Test
    void trueIsSatisfied() {
        assertSatisfied(evaluate("true")).isEqualTo("label io.buildpacks.rebasable is 'true'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "True", "yes", "1"})
    void anythingElseIsAViolation(String rebasable) {
        assertViolated(evaluate(rebasable))
                .isEqualTo("label io.buildpacks.rebasable is '" + rebasable + "', not 'true'");
    }
}
