package io.github.cnbenforcer.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformTest {

    @Test
    void parsesOsArchitectureAndVariant() {
        Platform platform = Platform.parse("linux/arm/v7");

        assertThat(platform.os()).isEqualTo("linux");
        assertThat(platform.architecture()).isEqualTo("arm");
        assertThat(platform.variant()).contains("v7");
        assertThat(platform).hasToString("linux/arm/v7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "linux/", "/amd64", "linux/amd64/v1/extra", " ", "linux//v8"})
    void rejectsWhatIsNotOsSlashArch(String text) {
        assertThatThrownBy(() -> Platform.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("write os/arch");
    }

    @Test
    void defaultVariantsNormaliseAway() {
        assertThat(Platform.parse("linux/arm64/v8")).isEqualTo(Platform.parse("linux/arm64"));
        assertThat(Platform.parse("linux/amd64/v1")).isEqualTo(Platform.parse("linux/amd64"));
        assertThat(Platform.parse("linux/arm/v7")).isNotEqualTo(Platform.parse("linux/arm"));
        assertThat(Platform.parse("linux/arm64/v8").hashCode())
                .isEqualTo(Platform.parse("linux/arm64").hashCode());
    }

    @Test
    void platformWithoutVariantIsSatisfiedByAnyVariant() {
        assertThat(Platform.parse("linux/arm").isSatisfiedBy(Platform.parse("linux/arm/v7")))
                .isTrue();
        assertThat(Platform.parse("linux/arm/v7").isSatisfiedBy(Platform.parse("linux/arm/v6")))
                .isFalse();
        assertThat(Platform.parse("linux/arm64/v8").isSatisfiedBy(Platform.parse("linux/arm64")))
                .isTrue();
        assertThat(Platform.parse("linux/amd64").isSatisfiedBy(Platform.parse("windows/amd64")))
                .isFalse();
    }

    @Test
    void unknownPlatformIsRecognised() {
        assertThat(Platform.of("unknown", "unknown", null).isUnknown()).isTrue();
        assertThat(Platform.of("linux", "unknown", null).isUnknown()).isFalse();
    }
}
