package io.github.cnbenforcer.check.platform;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariantValidTest {
    private final VariantValid check = new VariantValid();

    private Verdict evaluate(String architecture, String variant) {
        TestImage config = TestImage.linux().architecture(architecture);
        if (variant != null) {
            config.variant(variant);
        }
        return check.evaluate(config.asBuild());
    }

    @ParameterizedTest
    @CsvSource({
        "arm,v6",
        "arm,v7",
        "arm,v8",
        "arm64,v8",
        "arm64,v8.1",
        "arm64,v8.9",
        "arm64,v9",
        "arm64,v9.5",
        "amd64,v1",
        "amd64,v4",
        "ppc64le,power8",
        "ppc64le,power10",
        "riscv64,rva20u64",
        "riscv64,rva23u64"
    })
    void variantsOfTheOciTableAreSatisfied(String architecture, String variant) {
        assertSatisfied(evaluate(architecture, variant)).contains("'" + variant + "'", "OCI table");
    }

    @ParameterizedTest
    @CsvSource({
        "arm,v5",
        "arm64,v7",
        "arm64,v8.0",
        "arm64,v9.6",
        "amd64,v5",
        "amd64,V2",
        "ppc64le,power7",
        "riscv64,rva23"
    })
    void otherVariantsOfTableArchitecturesAreViolations(String architecture, String variant) {
        assertViolated(evaluate(architecture, variant)).contains("'" + variant + "' is not in the OCI table");
    }

    @Test
    void unsetVariantOfATableArchitectureIsAViolationThatListsTheValues() {
        assertViolated(evaluate("amd64", null))
                .isEqualTo("variant is not set (the OCI table lists v1, v2, v3, v4 for amd64)");
    }

    @Test
    void architectureWithoutVariantsIsSatisfiedWithoutOne() {
        assertSatisfied(evaluate("s390x", null)).contains("none for 's390x'");
    }

    @Test
    void architectureWithoutVariantsIsAViolationWithOne() {
        assertViolated(evaluate("s390x", "z14")).contains("'z14' is set", "no variants for 's390x'");
    }
}
