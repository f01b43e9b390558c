package io.github.cnbenforcer.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
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
    void platformsAreEqualAsWritten() {
        assertThat(Platform.parse("linux/arm64/v8")).isNotEqualTo(Platform.parse("linux/arm64"));
        assertThat(Platform.parse("linux/amd64/v1")).isNotEqualTo(Platform.parse("linux/amd64"));
        assertThat(Platform.parse("linux/arm/v7")).isEqualTo(Platform.of("linux", "arm", "v7"));
        assertThat(Platform.parse("linux/arm/v7").hashCode())
                .isEqualTo(Platform.of("linux", "arm", "v7").hashCode());
        assertThat(Platform.of("linux", "arm", "")).isEqualTo(Platform.parse("linux/arm"));
    }

    @Test
    void aVariantAbsentOnEitherSideMatchesAnyVariant() {
        assertThat(Platform.parse("linux/arm").matches(Platform.parse("linux/arm/v7")))
                .isTrue();
        assertThat(Platform.parse("linux/arm/v7").matches(Platform.parse("linux/arm")))
                .isTrue();
        assertThat(Platform.parse("linux/arm").matches(Platform.parse("linux/arm")))
                .isTrue();
    }

    @Test
    void variantsSpecifiedOnBothSidesMustBeEqualAsWritten() {
        assertThat(Platform.parse("linux/arm/v7").matches(Platform.parse("linux/arm/v7")))
                .isTrue();
        assertThat(Platform.parse("linux/arm/v7").matches(Platform.parse("linux/arm/v6")))
                .isFalse();
        assertThat(Platform.parse("linux/arm64/v8").matches(Platform.parse("linux/arm64/v8.2")))
                .isFalse();
        assertThat(Platform.parse("linux/amd64/v1").matches(Platform.parse("linux/amd64/v2")))
                .isFalse();
    }

    @Test
    void osAndArchitectureMustBeEqual() {
        assertThat(Platform.parse("linux/amd64").matches(Platform.parse("windows/amd64")))
                .isFalse();
        assertThat(Platform.parse("linux/amd64").matches(Platform.parse("linux/arm64")))
                .isFalse();
        assertThat(Platform.of("linux", "x86_64", null).matches(Platform.parse("linux/amd64")))
                .isFalse();
    }

    @Test
    void bestMatchPrefersTheSameVariant() {
        List<Platform> offered = platforms("linux/arm/v6", "linux/arm", "linux/arm/v7", "linux/amd64");

        assertThat(Platform.parse("linux/arm/v7").bestMatchIn(offered)).contains(Platform.parse("linux/arm/v7"));
        assertThat(Platform.parse("linux/arm").bestMatchIn(offered)).contains(Platform.parse("linux/arm"));
        assertThat(Platform.parse("linux/arm/v8").bestMatchIn(offered)).contains(Platform.parse("linux/arm"));
    }

    @Test
    void bestMatchOtherwiseTakesTheFirstThatMatches() {
        List<Platform> offered = platforms("linux/amd64", "linux/arm64/v8", "linux/arm64/v9");

        assertThat(Platform.parse("linux/arm64").bestMatchIn(offered)).contains(Platform.parse("linux/arm64/v8"));
        assertThat(Platform.parse("linux/arm64/v8.2").bestMatchIn(offered)).isEmpty();
        assertThat(Platform.parse("linux/s390x").bestMatchIn(offered)).isEmpty();
    }

    @Test
    void unknownPlatformIsRecognised() {
        assertThat(Platform.of("unknown", "unknown", null).isUnknown()).isTrue();
        assertThat(Platform.of("linux", "unknown", null).isUnknown()).isFalse();
    }

    private static List<Platform> platforms(String... texts) {
        return Arrays.stream(texts).map(Platform::parse).collect(Collectors.toList());
    }
}
