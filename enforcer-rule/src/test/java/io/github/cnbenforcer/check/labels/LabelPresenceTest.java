package io.github.cnbenforcer.check.labels;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every label check shares: a label that is absent or blank is not set. */
class LabelPresenceTest {
    static Stream<Arguments> labelChecks() {
        return Stream.of(
                Arguments.of(new LabelMaintainer(), BaseLabels.MAINTAINER, "Paketo Buildpacks"),
                Arguments.of(new LabelHomepage(), BaseLabels.HOMEPAGE, "https://paketo.io"),
                Arguments.of(new LabelReleased(), BaseLabels.RELEASED, "2024-05-01"),
                Arguments.of(new LabelDescription(), BaseLabels.DESCRIPTION, "Ubuntu 22.04 build image"),
                Arguments.of(new LabelMetadata(), BaseLabels.METADATA, "{\"packages\":[]}"),
                Arguments.of(new RunRebasable(), BaseLabels.REBASABLE, "true"),
                Arguments.of(new RunBaseId(), BaseLabels.BASE_ID, "io.paketo.stacks/jammy-base"));
    }

    @ParameterizedTest
    @MethodSource("labelChecks")
    void setLabelIsSatisfied(ImageCheck check, String label, String value) {
        assertSatisfied(check.evaluate(TestImage.linux().label(label, value).asRun()))
                .startsWith("label " + label + " is '");
    }

    @ParameterizedTest
    @MethodSource("labelChecks")
    void absentLabelIsAViolation(ImageCheck check, String label, String value) {
        assertViolated(check.evaluate(TestImage.linux().label("other", value).asRun()))
                .startsWith("label " + label + " is not set")
                .doesNotContain("deprecated");
    }

    @ParameterizedTest
    @MethodSource("labelChecks")
    void blankLabelIsAViolation(ImageCheck check, String label, String value) {
        assertViolated(check.evaluate(TestImage.linux().label(label, "  ").asRun()))
                .startsWith("label " + label + " is blank");
    }

    @ParameterizedTest
    @MethodSource("labelChecks")
    void anUnsetBaseLabelNamesTheDeprecatedStackLabelSetInstead(ImageCheck check, String label, String value) {
        String stackLabel = label.startsWith("io.buildpacks.base.")
                ? label.replace("io.buildpacks.base.", "io.buildpacks.stack.")
                : "io.buildpacks.stack.rebasable";
        Verdict verdict =
                check.evaluate(TestImage.linux().label(stackLabel, value).asRun());

        if (label.startsWith("io.buildpacks.base.")) {
            assertViolated(verdict)
                    .endsWith(" (only the deprecated " + stackLabel + " is set, which Platform API 0.12 and later"
                            + " do not read)");
        } else {
            assertViolated(verdict).doesNotContain("deprecated");
        }
    }
}
