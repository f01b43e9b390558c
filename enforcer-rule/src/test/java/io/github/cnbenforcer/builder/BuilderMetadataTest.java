package io.github.cnbenforcer.builder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * Labels as {@code pack builder create} writes them: {@code pack-builder-metadata.json} has the shape
 * of pack 0.36's {@code builder.Metadata} (Go's encoding of nil slices as {@code null} included);
 * {@code pack-builder-metadata-stack-only.json} is the older shape from pack's own builder tests.
 */
class BuilderMetadataTest {
    private static final String MARKER = "SECRET";

    @Test
    void readsRunImagesAndMirrorsFromImages() throws Exception {
        BuilderMetadata metadata = metadata(resource("pack-builder-metadata.json"));

        assertThat(metadata.runImages())
                .extracting(RunImageReference::toString)
                .containsExactly(
                        "index.docker.io/paketobuildpacks/run-jammy-base:latest"
                                + " (mirrors gcr.io/paketo-buildpacks/run-jammy-base:latest)",
                        "registry.example.com/stacks/run-jammy-full:0.1.0");
        assertThat(metadata.defaultRunImage())
                .hasValueSatisfying(runImage -> assertThat(runImage.image())
                        .isEqualTo("index.docker.io/paketobuildpacks/run-jammy-base:latest"));
    }

    @Test
    void readsTheLifecycleVersionAndApis() throws Exception {
        LifecycleDescriptor lifecycle =
                metadata(resource("pack-builder-metadata.json")).lifecycle();

        assertThat(lifecycle.version()).hasValue("0.20.5");
        assertThat(lifecycle.platformApis().supported())
                .hasSize(12)
                .startsWith("0.3")
                .endsWith("0.14");
        assertThat(lifecycle.buildpackApis().supported()).startsWith("0.2").endsWith("0.11");
        assertThat(lifecycle.toString())
                .isEqualTo("lifecycle 0.20.5, Platform API 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.10, 0.11, 0.12,"
                        + " 0.13, 0.14, Buildpack API 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.10, 0.11");
    }

    @Test
    void olderBuildersNameTheRunImageUnderStack() throws Exception {
        BuilderMetadata metadata = metadata(resource("pack-builder-metadata-stack-only.json"));

        assertThat(metadata.runImages()).hasSize(1);
        assertThat(metadata.runImages().get(0).image()).isEqualTo("prev/run");
        assertThat(metadata.runImages().get(0).mirrors()).containsExactly("prev/mirror");
        assertThat(metadata.lifecycle().version()).hasValue("6.6.6");
        assertThat(metadata.lifecycle().platformApis().isEmpty()).isTrue();
        assertThat(metadata.lifecycle().toString()).isEqualTo("lifecycle 6.6.6, Platform API none, Buildpack API none");
    }

    @Test
    void imagesWinOverStack() throws Exception {
        BuilderMetadata metadata = metadata(
                "{\"stack\":{\"runImage\":{\"image\":\"old/run\"}}," + "\"images\":[{\"image\":\"new/run\"}]}");

        assertThat(metadata.runImages()).extracting(RunImageReference::image).containsExactly("new/run");
    }

    @Test
    void aBuilderMayNameNoRunImage() throws Exception {
        BuilderMetadata metadata = metadata("{\"images\":null,\"stack\":{\"runImage\":{\"image\":\"\"}}}");

        assertThat(metadata.runImages()).isEmpty();
        assertThat(metadata.defaultRunImage()).isEmpty();
        assertThat(metadata.lifecycle().version()).isEmpty();
    }

    @Test
    void theDeprecatedSingleApiVersionsStandInForApis() throws Exception {
        LifecycleDescriptor lifecycle = metadata(
                        "{\"lifecycle\":{\"version\":\"0.9.3\",\"api\":{\"buildpack\":\"0.2\",\"platform\":\"0.3\"}}}")
                .lifecycle();

        assertThat(lifecycle.platformApis().supported()).containsExactly("0.3");
        assertThat(lifecycle.buildpackApis().supported()).containsExactly("0.2");
    }

    @Test
    void lifecycleLabelsFillWhatTheMetadataLacks() throws Exception {
        BuilderMetadata metadata = BuilderMetadata.fromLabels(Map.of(
                        BuilderMetadata.LABEL,
                        "{\"images\":[{\"image\":\"run\"}]}",
                        BuilderMetadata.LIFECYCLE_VERSION_LABEL,
                        "0.15.3",
                        BuilderMetadata.LIFECYCLE_APIS_LABEL,
                        "{\"buildpack\":{\"deprecated\":[],\"supported\":[\"0.2\",\"0.9\"]},"
                                + "\"platform\":{\"deprecated\":[\"0.2\"],\"supported\":[\"0.3\",\"0.10\"]}}"))
                .orElseThrow();

        assertThat(metadata.lifecycle().toString())
                .isEqualTo("lifecycle 0.15.3, Platform API 0.3, 0.10 (deprecated: 0.2), Buildpack API 0.2, 0.9");
    }

    @Test
    void theMetadataWinsOverLifecycleLabels() throws Exception {
        BuilderMetadata metadata = BuilderMetadata.fromLabels(Map.of(
                        BuilderMetadata.LABEL,
                        resource("pack-builder-metadata.json"),
                        BuilderMetadata.LIFECYCLE_VERSION_LABEL,
                        "0.1.0"))
                .orElseThrow();

        assertThat(metadata.lifecycle().version()).hasValue("0.20.5");
    }

    @Test
    void anImageWithoutTheLabelIsNoBuilder() throws Exception {
        assertThat(BuilderMetadata.fromLabels(Map.of("io.buildpacks.stack.id", "x")))
                .isEmpty();
    }

    @Test
    void malformedJsonIsAnErrorThatQuotesNothing() {
        assertError("{\"images\": [" + MARKER + "]}")
                .hasMessage("the label io.buildpacks.builder.metadata is not valid JSON (line 1, column 13)");
        assertError("[\"" + MARKER + "\"]").hasMessage("the label io.buildpacks.builder.metadata is not a JSON object");
        assertError("{\"a\":1,\"a\":\"" + MARKER + "\"}")
                .hasMessageStartingWith("the label io.buildpacks.builder.metadata is not valid JSON");
        assertError("[".repeat(1000))
                .hasMessageStartingWith("the label io.buildpacks.builder.metadata is not valid JSON");
    }

    @Test
    void knownFieldsOfTheWrongTypeAreErrorsThatNameThePath() {
        assertError("{\"images\":\"" + MARKER + "\"}")
                .hasMessage("the label io.buildpacks.builder.metadata has images that is not an array");
        assertError("{\"images\":[\"" + MARKER + "\"]}")
                .hasMessage("the label io.buildpacks.builder.metadata has images[0] that is not an object");
        assertError("{\"images\":[{\"mirrors\":[]}]}")
                .hasMessage("the label io.buildpacks.builder.metadata has images[0] without an image");
        assertError("{\"images\":[{\"image\":\"a\",\"mirrors\":[1]}]}")
                .hasMessage("the label io.buildpacks.builder.metadata has images[0].mirrors with an element that"
                        + " is not a string");
        assertError("{\"stack\":{\"runImage\":{\"image\":[\"" + MARKER + "\"]}}}")
                .hasMessage(
                        "the label io.buildpacks.builder.metadata has stack.runImage.image that is not a" + " string");
        assertError("{\"lifecycle\":{\"apis\":{\"platform\":{\"supported\":\"0.3\"}}}}")
                .hasMessage("the label io.buildpacks.builder.metadata has lifecycle.apis.platform.supported that is"
                        + " not an array");
    }

    @Test
    void aLabelLongerThanTheLimitIsAnError() {
        assertError("{\"description\":\"" + "x".repeat(LabelJson.MAX_LABEL_CHARS) + "\"}")
                .hasMessage("the label io.buildpacks.builder.metadata is longer than 1024 KiB");
    }

    @Test
    void aMalformedLifecycleApisLabelIsAnError() {
        assertThatThrownBy(() -> BuilderMetadata.fromLabels(
                        Map.of(BuilderMetadata.LABEL, "{}", BuilderMetadata.LIFECYCLE_APIS_LABEL, MARKER)))
                .isInstanceOf(BuilderMetadataException.class)
                .hasMessageStartingWith("the label io.buildpacks.lifecycle.apis is not valid JSON");
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        BuilderMetadata metadata = metadata("{\"images\":[{\"image\":\"run\",\"future\":{\"x\":[1]}}],"
                + "\"system\":{\"pre\":{\"buildpacks\":[]}},\"lifecycle\":{\"version\":\"1.0.0\",\"x\":2}}");

        assertThat(metadata.runImages()).extracting(RunImageReference::image).containsExactly("run");
    }

    private static BuilderMetadata metadata(String label) throws BuilderMetadataException {
        return BuilderMetadata.fromLabels(Map.of(BuilderMetadata.LABEL, label)).orElseThrow();
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertError(String label) {
        return assertThatThrownBy(() -> metadata(label))
                .isInstanceOf(BuilderMetadataException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(MARKER));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BuilderMetadataTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
