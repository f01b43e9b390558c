package io.github.cnbenforcer.check.platform;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchitectureValidTest {
    private final ArchitectureValid check = new ArchitectureValid();

    @ParameterizedTest
    @ValueSource(strings = {"amd64", "arm64", "arm", "386", "ppc64le", "riscv64", "s390x", "loong64", "wasm"})
    void goarchValuesAreSatisfied(String architecture) {
        assertSatisfied(
                check.evaluate(TestImage.linux().architecture(architecture).asBuild()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "aarch64", "AMD64", "i386", "armhf"})
    void unameNamesAreViolations(String architecture) {
        assertViolated(check.evaluate(
                        TestImage.linux().architecture(architecture).asBuild()))
                .isEqualTo("architecture '" + architecture + "' is not a GOARCH value");
    }

    @Test
    void missingArchitectureIsAViolation() {
        assertViolated(check.evaluate(TestImage.bare().os("linux").asBuild())).isEqualTo("architecture is not set");
    }
}
