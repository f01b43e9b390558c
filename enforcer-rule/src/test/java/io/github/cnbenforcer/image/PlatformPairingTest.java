package io.github.cnbenforcer.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlatformPairingTest {
    private static List<Platform> platforms(String... texts) {
        return Arrays.stream(texts).map(Platform::parse).collect(Collectors.toList());
    }

    private static Platform platform(String text) {
        return Platform.parse(text);
    }

    @Test
    void twoSingleManifestsPairWhateverTheirPlatforms() {
        PlatformPairing pairing = PlatformPairing.of(platforms("linux/amd64"), platforms("linux/x86_64"), true);

        assertThat(pairing.partnerOf(platform("linux/amd64"))).contains(platform("linux/x86_64"));
        assertThat(pairing.firstPairedWith(platform("linux/x86_64"))).contains(platform("linux/amd64"));
    }

    @Test
    void singleManifestsWithDifferentVariantsPair() {
        PlatformPairing pairing = PlatformPairing.of(platforms("linux/arm64/v8"), platforms("linux/arm64/v8.2"), true);

        assertThat(pairing.partnerOf(platform("linux/arm64/v8"))).contains(platform("linux/arm64/v8.2"));
    }

    @Test
    void aSingleManifestHasExactlyOnePlatform() {
        assertThatThrownBy(() ->
                        PlatformPairing.of(platforms("linux/amd64", "linux/arm64"), platforms("linux/amd64"), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVariantAbsentOnEitherSidePairs() {
        PlatformPairing buildHasVariant = PlatformPairing.of(platforms("linux/arm/v7"), platforms("linux/arm"), false);
        PlatformPairing runHasVariant = PlatformPairing.of(platforms("linux/arm"), platforms("linux/arm/v7"), false);

        assertThat(buildHasVariant.partnerOf(platform("linux/arm/v7"))).contains(platform("linux/arm"));
        assertThat(runHasVariant.partnerOf(platform("linux/arm"))).contains(platform("linux/arm/v7"));
    }

    @Test
    void differentVariantsDoNotPairInAnIndex() {
        PlatformPairing pairing = PlatformPairing.of(
                platforms("linux/arm64/v8", "linux/amd64"), platforms("linux/arm64/v8.2", "linux/amd64"), false);

        assertThat(pairing.partnerOf(platform("linux/arm64/v8"))).isEmpty();
        assertThat(pairing.partnerOf(platform("linux/amd64"))).contains(platform("linux/amd64"));
    }

    @Test
    void theSameVariantWinsOverAnAbsentOne() {
        PlatformPairing pairing = PlatformPairing.of(
                platforms("linux/arm64/v8", "linux/arm64"), platforms("linux/arm64", "linux/arm64/v8"), false);

        assertThat(pairing.partnerOf(platform("linux/arm64/v8"))).contains(platform("linux/arm64/v8"));
        assertThat(pairing.partnerOf(platform("linux/arm64"))).contains(platform("linux/arm64"));
    }

    @Test
    void withoutTheSameVariantTheFirstMatchWins() {
        PlatformPairing pairing =
                PlatformPairing.of(platforms("linux/arm"), platforms("linux/arm/v6", "linux/arm/v7"), false);

        assertThat(pairing.partnerOf(platform("linux/arm"))).contains(platform("linux/arm/v6"));
    }

    @Test
    void theSecondImageMayOfferMorePlatforms() {
        PlatformPairing pairing = PlatformPairing.of(
                platforms("linux/amd64"), platforms("linux/amd64", "linux/arm64/v8", "linux/s390x"), false);

        assertThat(pairing.partnerOf(platform("linux/amd64"))).contains(platform("linux/amd64"));
        assertThat(pairing.firstPairedWith(platform("linux/s390x"))).isEmpty();
    }

    @Test
    void firstPairedWithNamesTheFirstOfSeveral() {
        PlatformPairing pairing =
                PlatformPairing.of(platforms("linux/arm/v6", "linux/arm/v7"), platforms("linux/arm"), false);

        assertThat(pairing.partnerOf(platform("linux/arm/v7"))).contains(platform("linux/arm"));
        assertThat(pairing.firstPairedWith(platform("linux/arm"))).contains(platform("linux/arm/v6"));
    }

    @Test
    void aPlatformOutsideTheFirstImageHasNoPartner() {
        PlatformPairing pairing = PlatformPairing.of(platforms("linux/amd64"), platforms("linux/amd64"), false);

        assertThat(pairing.partnerOf(platform("linux/arm64"))).isEmpty();
    }
}
