package io.github.cnbenforcer.check.platform;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OsValidTest {
    private final OsValid check = new OsValid();

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "freebsd", "wasip1", "zos"})
    void goosValuesAreSatisfied(String os) {
        assertSatisfied(check.evaluate(
                        TestImage.bare().os(os).architecture("amd64").asBuild()))
                .isEqualTo("os is '" + os + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Linux", "ubuntu", "win", "unknown"})
    void otherValuesAreViolations(String os) {
        assertViolated(check.evaluate(
                        TestImage.bare().os(os).architecture("amd64").asRun()))
                .isEqualTo("os '" + os + "' is not a GOOS value");
    }

    @Test
    void missingOsIsAViolation() {
        assertViolated(check.evaluate(TestImage.bare().architecture("amd64").asRun()))
                .isEqualTo("os is not set");
    }
}
