package io.github.cnbenforcer.check.stack;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.ConfigBuilder;
import io.github.cnbenforcer.check.TestImages;
import io.github.cnbenforcer.check.Verdict;
import org.junit.jupiter.api.Test;

class BuildCnbStackIdTest {
    private final BuildCnbStackId check = new BuildCnbStackId();

    private Verdict evaluate(ConfigBuilder config) {
        return check.evaluate(TestImages.build(config));
    }

    @Test
    void theVariableEqualToTheLabelIsSatisfied() {
        assertSatisfied(evaluate(ConfigBuilder.linux()
                        .env("CNB_STACK_ID", "io.buildpacks.stacks.jammy")
                        .label(BaseLabels.STACK_ID, "io.buildpacks.stacks.jammy")))
                .isEqualTo("CNB_STACK_ID is 'io.buildpacks.stacks.jammy', as the label io.buildpacks.stack.id");
    }

    @Test
    void aVariableThatDiffersFromTheLabelIsAViolation() {
        assertViolated(evaluate(ConfigBuilder.linux()
                        .env("CNB_STACK_ID", "io.buildpacks.stacks.bionic")
                        .label(BaseLabels.STACK_ID, "io.buildpacks.stacks.jammy")))
                .isEqualTo("CNB_STACK_ID is 'io.buildpacks.stacks.bionic' but label io.buildpacks.stack.id is"
                        + " 'io.buildpacks.stacks.jammy'");
    }

    @Test
    void aMissingVariableIsAViolation() {
        assertViolated(evaluate(ConfigBuilder.linux().label(BaseLabels.STACK_ID, "io.buildpacks.stacks.jammy")))
                .isEqualTo("CNB_STACK_ID is not in Env; label io.buildpacks.stack.id is 'io.buildpacks.stacks.jammy'");
        assertViolated(evaluate(ConfigBuilder.linux()))
                .isEqualTo("CNB_STACK_ID is not in Env; label io.buildpacks.stack.id is (not set)");
    }

    @Test
    void aVariableWithoutLabelIsAViolation() {
        assertViolated(evaluate(ConfigBuilder.linux().env("CNB_STACK_ID", "io.buildpacks.stacks.jammy")))
                .isEqualTo("CNB_STACK_ID is 'io.buildpacks.stacks.jammy' but label io.buildpacks.stack.id is"
                        + " (not set)");
    }

    @Test
    void onWindowsTheVariableNameIgnoresCase() {
        assertSatisfied(check.evaluate(TestImages.build(ConfigBuilder.windows()
                .env("Cnb_Stack_Id", "io.example.nanoserver")
                .label(BaseLabels.STACK_ID, "io.example.nanoserver"))));
    }
}
