package io.github.cnbenforcer.check.match;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformPairing;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TargetPlatformMissingTest {
    private final TargetPlatformMissing check = new TargetPlatformMissing();

    private static List<Platform> platforms(String... texts) {
        return Arrays.stream(texts).map(Platform::parse).collect(Collectors.toList());
    }

    private Verdict forEntry(String entry, List<Platform> build, List<Platform> run) {
        return check.forEntry(Platform.parse(entry), PlatformPairing.of(build, run, false));
    }

    @Test
    void aPairedBuildPlatformIsSatisfied() {
        List<Platform> run = platforms("linux/arm");
        PlatformPairing pairing = PlatformPairing.of(platforms("linux/arm/v7"), run, false);

        assertSatisfied(check.forBuildPlatform(Platform.parse("linux/arm/v7"), pairing))
                .isEqualTo("paired with the run image's linux/arm");
    }

    @Test
    void aBuildPlatformWithoutPartnerIsAViolation() {
        List<Platform> run = platforms("linux/amd64");
        PlatformPairing pairing = PlatformPairing.of(platforms("linux/amd64", "linux/arm64"), run, false);

        assertViolated(check.forBuildPlatform(Platform.parse("linux/arm64"), pairing))
                .isEqualTo("the run image offers no platform matching linux/arm64 (it offers [linux/amd64])");
    }

    @Test
    void anEntryInNeitherImageIsAViolation() {
        assertViolated(forEntry("linux/s390x", platforms("linux/amd64"), platforms("linux/arm64")))
                .isEqualTo("neither image offers a platform matching linux/s390x (build offers [linux/amd64], run"
                        + " offers [linux/arm64])");
    }

    @Test
    void anEntryMissingInTheBuildImageIsAViolation() {
        assertViolated(forEntry("linux/arm64", platforms("linux/amd64"), platforms("linux/amd64", "linux/arm64")))
                .isEqualTo("the build image offers no platform matching linux/arm64 (it offers [linux/amd64])");
    }

    @Test
    void anEntryMissingInTheRunImageIsAViolation() {
        List<Platform> build = platforms("linux/amd64");
        List<Platform> run = platforms("linux/x86_64");

        assertViolated(check.forEntry(Platform.parse("linux/amd64"), PlatformPairing.of(build, run, true)))
                .isEqualTo("the run image offers no platform matching linux/amd64 (it offers [linux/x86_64])");
    }

    @Test
    void anEntryWhoseBuildPlatformHasNoPartnerIsAViolation() {
        assertViolated(forEntry("linux/arm", platforms("linux/arm/v7"), platforms("linux/arm/v6")))
                .isEqualTo("the run image offers no platform matching linux/arm/v7 (it offers [linux/arm/v6])");
    }

    @Test
    void anEntryInBothImagesWithPairedBuildPlatformsIsSatisfied() {
        assertSatisfied(forEntry(
                        "linux/arm64",
                        platforms("linux/amd64", "linux/arm64/v8"),
                        platforms("linux/arm64", "linux/amd64")))
                .isEqualTo("both images offer linux/arm64: linux/arm64/v8 pairs with linux/arm64");
    }
}
