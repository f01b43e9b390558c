package io.github.cnbenforcer.check.rebase;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.FakeFacts;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RebaseRebasableTest {
    private final RebaseRebasable check = new RebaseRebasable();

    private Verdict evaluate(TestImage next) {
        return check.evaluate(
                TestImage.compliantRun("amd64").asPrevious(FakeFacts.unavailable()),
                next.asRun(FakeFacts.unavailable()));
    }

    @Test
    void falseMakesTheAppsBuiltOnTheNewImageUnrebasable() {
        assertViolated(evaluate(TestImage.compliantRun("amd64").label("io.buildpacks.rebasable", "false")))
                .isEqualTo("label io.buildpacks.rebasable is 'false': apps built on the new run image inherit it, and"
                        + " the rebaser refuses to rebase them (\"app image is not marked as rebasable\") unless"
                        + " forced");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "False", "0", "FALSE", ""})
    void onlyExactlyFalseIsRefusedAsTheRebaserComparesTheText(String value) {
        assertSatisfied(evaluate(TestImage.compliantRun("amd64").label("io.buildpacks.rebasable", value)))
                .endsWith(", not 'false'");
    }

    @Test
    void anUnsetLabelIsSatisfied() {
        assertSatisfied(evaluate(TestImage.compliantRun("amd64").withoutLabel("io.buildpacks.rebasable")))
                .isEqualTo("label io.buildpacks.rebasable is (not set), not 'false'");
    }
}
