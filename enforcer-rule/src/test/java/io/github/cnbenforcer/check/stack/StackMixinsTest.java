package io.github.cnbenforcer.check.stack;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StackMixinsTest {
    private final StackMixins check = new StackMixins();

    private static TestImage mixins(String json) {
        return TestImage.linux().label(BaseLabels.STACK_MIXINS, json);
    }

    private static ImageUnderCheck build(String json) {
        return (json == null ? TestImage.linux() : mixins(json)).asBuild();
    }

    private static ImageUnderCheck run(String json, String buildJson) {
        return (json == null ? TestImage.linux() : mixins(json)).asRunPairedWith(build(buildJson));
    }

    @Test
    void anUnsetLabelIsSatisfied() {
        assertSatisfied(check.evaluate(build(null))).isEqualTo("label io.buildpacks.stack.mixins is not set");
        assertSatisfied(check.evaluate(build(""))).isEqualTo("label io.buildpacks.stack.mixins is not set");
    }

    @Test
    void aJsonArrayOfStringsIsSatisfied() {
        assertSatisfied(check.evaluate(build("[\"build:gcc\",\"curl\"]")))
                .isEqualTo("label io.buildpacks.stack.mixins lists 2 mixins");
    }

    @Test
    void jsonNullListsNothingAsGoDecodesIt() {
        // pack builder create writes null on a builder whose build image lists no mixins
        assertSatisfied(check.evaluate(build("null"))).isEqualTo("label io.buildpacks.stack.mixins lists 0 mixins");
    }

    @ParameterizedTest
    @ValueSource(strings = {"curl,git", "[\"curl\",1]", "{\"curl\":true}", "[\"curl\"] []", "\"curl\"", " "})
    void anythingElseIsNotAJsonArrayOfStrings(String label) {
        assertViolated(check.evaluate(build(label))).endsWith(", not a JSON array of strings");
    }

    @Test
    void aBuildImageWithRunOnlyMixinsIsAViolation() {
        assertViolated(check.evaluate(build("[\"curl\",\"run:tzdata\"]")))
                .isEqualTo("label io.buildpacks.stack.mixins lists 2 mixins, but a build image lists run-only mixins"
                        + " 'run:tzdata'");
    }

    @Test
    void aRunImageWithBuildOnlyMixinsIsAViolation() {
        assertViolated(check.evaluate(run("[\"build:gcc\"]", null)))
                .endsWith("but a run image lists build-only mixins 'build:gcc'");
    }

    @Test
    void aRunImageListsEveryMixinOfTheBuildImageForBothStages() {
        assertSatisfied(check.evaluate(run("[\"curl\",\"git\",\"run:tzdata\"]", "[\"git\",\"build:gcc\",\"curl\"]")));
    }

    @Test
    void aMixinOfBothStagesMissingOnTheRunImageIsAViolation() {
        assertViolated(check.evaluate(run("[\"curl\",\"run:git\"]", "[\"git\",\"build:gcc\",\"curl\",\"bash\"]")))
                .isEqualTo("label io.buildpacks.stack.mixins lists 2 mixins, but the build image's mixins 'bash',"
                        + " 'git' are not on it (a mixin without build: or run: prefix must be on both images)");
        assertViolated(check.evaluate(run(null, "[\"curl\"]")))
                .startsWith("label io.buildpacks.stack.mixins is not set, but the build image's mixins 'curl'");
    }

    @Test
    void aMalformedBuildLabelIsReportedOnTheBuildImageOnly() {
        assertSatisfied(check.evaluate(run("[\"curl\"]", "curl")))
                .isEqualTo("label io.buildpacks.stack.mixins lists 1 mixins (the build image's label is not a JSON"
                        + " array of strings: not compared)");
    }
}
