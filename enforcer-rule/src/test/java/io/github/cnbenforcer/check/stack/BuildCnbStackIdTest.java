package io.github.cnbenforcer.check.stack;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class BuildCnbStackIdTest {
    private final BuildCnbStackId check = new BuildCnbStackId();

    private Verdict evaluate(TestImage config) {
        return check.evaluate(config.asBuild());
    }

    @Test
    void theVariableEqualToTheLabelIsSatisfied() {
        assertSatisfied(evaluate(TestImage.linux()
                        .env("CNB_STACK_ID", "io.buildpacks.stacks.jammy")
                        .label(BaseLabels.STACK_ID, "io.buildpacks.stacks.jammy")))
                .isEqualTo("CNB_STACK_ID is 'io.buildpacks.stacks.jammy', as the label io.buildpacks.stack.id");
    }

    @Test
    void aVariableThatDiffersFromTheLabelIsAViolation() {
        assertViolated(evaluate(TestImage.linux()
                        .env("CNB_STACK_ID", "io.buildpacks.stacks.bionic")
                        .label(BaseLabels.STACK_ID, "io.buildpacks.stacks.jammy")))
                .isEqualTo("CNB_STACK_ID is 'io.buildpacks.stacks.bionic' but label io.buildpacks.stack.id is"
                        + " 'io.buildpacks.stacks.jammy'");
    }

    @Test
    void aMissingVariableIsAViolation() {
        assertViolated(evaluate(TestImage.linux().label(BaseLabels.STACK_ID, "io.buildpacks.stacks.jammy")))
                .isEqualTo("CNB_STACK_ID is not in Env; label io.buildpacks.stack.id is 'io.buildpacks.stacks.jammy'");
        assertViolated(evaluate(TestImage.linux()))
                .isEqualTo("CNB_STACK_ID is not in Env; label io.buildpacks.stack.id is (not set)");
    }

    @Test
    void aVariableWithoutLabelIsAViolation() {
        assertViolated(evaluate(TestImage.linux().env("CNB_STACK_ID", "io.buildpacks.stacks.jammy")))
                .isEqualTo("CNB_STACK_ID is 'io.buildpacks.stacks.jammy' but label io.buildpacks.stack.id is"
                        + " (not set)");
    }

    @Test
    void onWindowsTheVariableNameIgnoresCase() {
        assertSatisfied(check.evaluate(TestImage.windows()
                .env("Cnb_Stack_Id", "io.example.nanoserver")
                .label(BaseLabels.STACK_ID, "io.example.nanoserver")
                .asBuild()));
    }
}
