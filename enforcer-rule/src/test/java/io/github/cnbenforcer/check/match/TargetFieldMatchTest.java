package io.github.cnbenforcer.check.match;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.PairCheck;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code target-*-match} checks: each target field of the build and run images, compared as the lifecycle compares it. */
class TargetFieldMatchTest {
    private static final String NOT_SPECIFIED_BY_BOTH = "not specified by both";

    static Stream<Arguments> cases() {
        return Stream.of(architecture(), distroName(), distroVersion(), os(), variant())
                .flatMap(cases -> cases);
    }

    private static Stream<Arguments> architecture() {
        TargetArchitectureMatch check = new TargetArchitectureMatch();
        return Stream.of(
                satisfied(check, linux("arm64"), linux("arm64"), message -> {}),
                violated(
                        check,
                        linux("amd64"),
                        linux("arm64"),
                        message -> message.isEqualTo("build architecture is 'amd64', run architecture is 'arm64'")));
    }

    private static Stream<Arguments> distroName() {
        TargetDistroNameMatch check = new TargetDistroNameMatch();
        return Stream.of(
                satisfied(check, named("ubuntu"), named("ubuntu"), message -> {}),
                violated(
                        check,
                        named("ubuntu"),
                        named("debian"),
                        message -> message.isEqualTo("build io.buildpacks.base.distro.name is 'ubuntu', run"
                                + " io.buildpacks.base.distro.name is 'debian'")),
                satisfied(check, named("ubuntu"), TestImage.linux(), endsNotSpecifiedByBoth()),
                satisfied(check, named(""), named("ubuntu"), endsNotSpecifiedByBoth()));
    }

    private static Stream<Arguments> distroVersion() {
        TargetDistroVersionMatch check = new TargetDistroVersionMatch();
        return Stream.of(
                satisfied(check, version("22.04"), version("22.04"), message -> {}),
                violated(check, version("22.04"), version("24.04"), message -> message.contains("'22.04'", "'24.04'")),
                satisfied(check, TestImage.linux(), version("24.04"), endsNotSpecifiedByBoth()));
    }

    private static Stream<Arguments> os() {
        TargetOsMatch check = new TargetOsMatch();
        return Stream.of(
                satisfied(
                        check,
                        TestImage.linux(),
                        TestImage.linux(),
                        message -> message.isEqualTo("build os is 'linux', run os is 'linux'")),
                violated(
                        check,
                        TestImage.linux(),
                        TestImage.windows(),
                        message -> message.isEqualTo("build os is 'linux', run os is 'windows'")),
                violated(
                        check,
                        TestImage.linux(),
                        TestImage.bare().architecture("amd64"),
                        message -> message.contains("run os is (not set)")));
    }

    private static Stream<Arguments> variant() {
        TargetVariantMatch check = new TargetVariantMatch();
        return Stream.of(
                satisfied(
                        check,
                        arm("v7"),
                        arm("v7"),
                        message -> message.isEqualTo("build variant is 'v7', run variant is 'v7'")),
                violated(
                        check,
                        arm("v7"),
                        arm("v6"),
                        message -> message.isEqualTo("build variant is 'v7', run variant is 'v6'")),
                satisfied(check, arm("v7"), linux("arm"), endsNotSpecifiedByBoth()),
                violated(
                        check,
                        linux("arm64").variant("v8"),
                        linux("arm64").variant("v8.2"),
                        message -> message.isEqualTo("build variant is 'v8', run variant is 'v8.2'")),
                violated(
                        check,
                        TestImage.linux().variant("v1"),
                        TestImage.linux().variant("v2"),
                        message -> {}),
                satisfied(
                        check,
                        TestImage.linux().variant("v1"),
                        TestImage.linux(),
                        message -> message.isEqualTo(
                                "build variant is 'v1', run variant is (not set): not specified by both")));
    }

    @ParameterizedTest(name = "{0}: {1} and {2}")
    @MethodSource("cases")
    void comparesTheTargetField(
            PairCheck check,
            String build,
            String run,
            TestImage buildImage,
            TestImage runImage,
            Verdict.Kind expected,
            Consumer<AbstractStringAssert<?>> message) {
        Verdict verdict = check.evaluate(buildImage.asBuild(), runImage.asRun());
        message.accept(expected == Verdict.Kind.SATISFIED ? assertSatisfied(verdict) : assertViolated(verdict));
    }

    private static Arguments satisfied(
            PairCheck check, TestImage build, TestImage run, Consumer<AbstractStringAssert<?>> message) {
        return Arguments.of(check, describe(build), describe(run), build, run, Verdict.Kind.SATISFIED, message);
    }

    private static Arguments violated(
            PairCheck check, TestImage build, TestImage run, Consumer<AbstractStringAssert<?>> message) {
        return Arguments.of(check, describe(build), describe(run), build, run, Verdict.Kind.VIOLATED, message);
    }

    private static Consumer<AbstractStringAssert<?>> endsNotSpecifiedByBoth() {
        return message -> message.endsWith(NOT_SPECIFIED_BY_BOTH);
    }

    private static String describe(TestImage image) {
        return image.listedPlatform() + " " + image.config().labels();
    }

    private static TestImage linux(String architecture) {
        return TestImage.linux().architecture(architecture);
    }

    private static TestImage arm(String variant) {
        return linux("arm").variant(variant);
    }

    private static TestImage named(String name) {
        return TestImage.linux().label(BaseLabels.DISTRO_NAME, name);
    }

    private static TestImage version(String version) {
        return TestImage.linux().label(BaseLabels.DISTRO_VERSION, version);
    }
}
