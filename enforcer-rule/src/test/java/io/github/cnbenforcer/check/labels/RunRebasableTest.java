package io.github.cnbenforcer.check.labels;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunRebasableTest {
    private final RunRebasable check = new RunRebasable();

    private Verdict evaluate(String rebasable) {
        return check.evaluate(
                TestImage.linux().label(BaseLabels.REBASABLE, rebasable).asRun());
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "True", "TRUE", "t", "T", "1"})
    void whatStrconvParseBoolTakesAsTrueIsSatisfied(String rebasable) {
        assertSatisfied(evaluate(rebasable)).isEqualTo("label io.buildpacks.rebasable is '" + rebasable + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "False", "FALSE", "f", "F", "0"})
    void whatStrconvParseBoolTakesAsFalseIsAViolation(String rebasable) {
        assertViolated(evaluate(rebasable))
                .startsWith(
                        "label io.buildpacks.rebasable is '" + rebasable + "', which the lifecycle reads as false:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "tRUE", "2", " true", "on"})
    void anythingElseIsNotABoolean(String rebasable) {
        assertViolated(evaluate(rebasable))
                .startsWith("label io.buildpacks.rebasable is '" + rebasable + "', which is not a boolean");
    }

    @Test
    void anUnsetLabelSaysWhatItCosts() {
        assertViolated(check.evaluate(TestImage.linux().asRun()))
                .isEqualTo("label io.buildpacks.rebasable is not set: when image extensions extend the run image,"
                        + " the lifecycle marks the app image not rebasable");
    }
}
