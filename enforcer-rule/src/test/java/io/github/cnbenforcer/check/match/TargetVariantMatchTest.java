package io.github.cnbenforcer.check.match;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class TargetVariantMatchTest {
    private final TargetVariantMatch check = new TargetVariantMatch();

    private Verdict evaluate(TestImage build, TestImage run) {
        return check.evaluate(build.asBuild(), run.asRun());
    }

    private static TestImage arm(String variant) {
        return TestImage.linux().architecture("arm").variant(variant);
    }

    @Test
    void sameVariantIsSatisfied() {
        assertSatisfied(evaluate(arm("v7"), arm("v7"))).isEqualTo("build variant is 'v7', run variant is 'v7'");
    }

    @Test
    void differentVariantIsAViolation() {
        assertViolated(evaluate(arm("v7"), arm("v6"))).isEqualTo("build variant is 'v7', run variant is 'v6'");
    }

    @Test
    void variantOfOnlyOneImageIsSatisfied() {
        assertSatisfied(evaluate(arm("v7"), TestImage.linux().architecture("arm")))
                .endsWith("not specified by both");
    }

    @Test
    void variantsAreComparedAsWritten() {
        assertViolated(evaluate(
                        TestImage.linux().architecture("arm64").variant("v8"),
                        TestImage.linux().architecture("arm64").variant("v8.2")))
                .isEqualTo("build variant is 'v8', run variant is 'v8.2'");
        assertViolated(
                evaluate(TestImage.linux().variant("v1"), TestImage.linux().variant("v2")));
    }

    @Test
    void defaultVariantAgainstNoVariantIsSatisfied() {
        assertSatisfied(evaluate(TestImage.linux().variant("v1"), TestImage.linux()))
                .isEqualTo("build variant is 'v1', run variant is (not set): not specified by both");
    }
}
