package io.github.cnbenforcer.check.stack;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class StackIdTest {
    private static final String JAMMY = "io.buildpacks.stacks.jammy";

    private final StackId check = new StackId();

    private static TestImage stack(String id) {
        return TestImage.linux().label(BaseLabels.STACK_ID, id);
    }

    private static ImageUnderCheck build(String id) {
        return (id == null ? TestImage.linux() : stack(id)).asBuild();
    }

    @Test
    void aSetStackIdIsSatisfied() {
        assertSatisfied(check.evaluate(build(JAMMY))).isEqualTo("label io.buildpacks.stack.id is '" + JAMMY + "'");
    }

    @Test
    void anUnsetOrBlankStackIdIsAViolation() {
        assertViolated(check.evaluate(build(null)))
                .startsWith("label io.buildpacks.stack.id is not set: the rebaser needs it for apps built on"
                        + " Platform API below 0.12");
        assertViolated(check.evaluate(build(" "))).startsWith("label io.buildpacks.stack.id is not set");
    }

    @Test
    void aRunImageWithTheBuildImagesStackIdIsSatisfied() {
        assertSatisfied(check.evaluate(stack(JAMMY).asRunPairedWith(build(JAMMY))))
                .endsWith(", as on the build image");
    }

    @Test
    void aRunImageWithAnotherStackIdIsAViolation() {
        assertViolated(check.evaluate(stack("io.example.other").asRunPairedWith(build(JAMMY))))
                .isEqualTo("label io.buildpacks.stack.id is 'io.example.other' but the build image's is '" + JAMMY
                        + "': pack builder create refuses one of them when builder.toml sets [stack] id");
    }

    @Test
    void aRunImageIsNotComparedWithABuildImageWithoutStackId() {
        assertSatisfied(check.evaluate(stack(JAMMY).asRunPairedWith(build(null))))
                .isEqualTo("label io.buildpacks.stack.id is '" + JAMMY + "'");
    }
}
