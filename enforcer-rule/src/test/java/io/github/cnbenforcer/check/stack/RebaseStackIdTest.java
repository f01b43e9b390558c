package io.github.cnbenforcer.check.stack;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.FakeFacts;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class RebaseStackIdTest {
    private final RebaseStackId check = new RebaseStackId();

    private Verdict evaluate(TestImage previous, TestImage next) {
        return check.evaluate(previous.asPrevious(FakeFacts.unavailable()), next.asRun(FakeFacts.unavailable()));
    }

    private static TestImage run() {
        return TestImage.compliantRun("amd64");
    }

    @Test
    void theSameStackIdAndMixinsAreKept() {
        assertSatisfied(evaluate(
                        run().label("io.buildpacks.stack.mixins", "[\"run:tzdata\",\"curl\"]"),
                        run().label("io.buildpacks.stack.mixins", "[\"curl\",\"tzdata\",\"git\"]")))
                .isEqualTo("label io.buildpacks.stack.id is '" + TestImage.STACK_ID + "', as on the previous run image,"
                        + " and every mixin of the previous image is offered");
    }

    @Test
    void aStackIdThatChangesOrGoesIsRefused() {
        assertViolated(evaluate(run(), run().label("io.buildpacks.stack.id", "io.example.other")))
                .isEqualTo("label io.buildpacks.stack.id is 'io.example.other', the previous run image's is '"
                        + TestImage.STACK_ID + "': the rebaser refuses the new image under apps built on the previous"
                        + " one with Platform API before 0.12");
        assertViolated(evaluate(run(), run().withoutLabel("io.buildpacks.stack.id")))
                .startsWith("label io.buildpacks.stack.id is (not set), the previous run image's is '");
    }

    @Test
    void aMixinNoLongerOfferedIsRefused() {
        assertViolated(evaluate(
                        run().label("io.buildpacks.stack.mixins", "[\"curl\",\"run:tzdata\",\"git\"]"),
                        run().label("io.buildpacks.stack.mixins", "[\"curl\"]")))
                .startsWith("the previous run image's mixins 'git', 'tzdata' are not offered");
    }

    @Test
    void aMalformedMixinsLabelOnTheNewImageIsRefused() {
        assertViolated(evaluate(run(), run().label("io.buildpacks.stack.mixins", "curl")))
                .startsWith("label io.buildpacks.stack.mixins is not a JSON array of strings");
    }

    @Test
    void aMalformedMixinsLabelOnThePreviousImageIsNotCompared() {
        assertSatisfied(evaluate(run().label("io.buildpacks.stack.mixins", "curl"), run()))
                .endsWith("the previous image's io.buildpacks.stack.mixins is not a JSON array of strings (not"
                        + " compared)");
    }

    @Test
    void withoutAPreviousStackIdThereIsNoneToKeep() {
        assertSatisfied(evaluate(
                        run().withoutLabel("io.buildpacks.stack.id"), run().withoutLabel("io.buildpacks.stack.id")))
                .isEqualTo("the previous run image sets no io.buildpacks.stack.id, so there is none to keep");
    }
}
