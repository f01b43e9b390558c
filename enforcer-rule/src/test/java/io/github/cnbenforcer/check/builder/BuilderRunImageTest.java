package io.github.cnbenforcer.check.builder;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertUnverified;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.testing.TestImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** On the metadata pack 0.36 wrote on a Paketo builder, and on one of an older pack (stack.runImage only). */
class BuilderRunImageTest {
    private static final String PAKETO = metadata("pack-builder-metadata.json");
    private static final String STACK_ONLY = metadata("pack-builder-metadata-stack-only.json");
    private static final String DIGEST = "sha256:" + "a".repeat(64);

    private final BuilderRunImage check = new BuilderRunImage();

    private Verdict evaluate(String metadata, String runImage) throws Exception {
        TestImage builder = TestImage.compliantBuild("amd64");
        if (metadata != null) {
            builder.label("io.buildpacks.builder.metadata", metadata);
        }
        return check.evaluate(builder.asBuilder(), ImageRef.parse(runImage, Path.of("/stack")));
    }

    @Test
    void theDefaultRunImageIsNamedWhateverTheSpellingOfDockerHub() throws Exception {
        assertSatisfied(evaluate(PAKETO, "paketobuildpacks/run-jammy-base"))
                .isEqualTo("the builder names the run image as its default run image,"
                        + " 'index.docker.io/paketobuildpacks/run-jammy-base:latest'");
        assertSatisfied(evaluate(PAKETO, "docker://docker.io/paketobuildpacks/run-jammy-base:latest"));
    }

    @Test
    void aMirrorOrAnotherRunImageOfTheBuilderIsNamedToo() throws Exception {
        assertSatisfied(evaluate(PAKETO, "gcr.io/paketo-buildpacks/run-jammy-base:latest"))
                .isEqualTo("the builder names the run image as a mirror of its default run image,"
                        + " 'gcr.io/paketo-buildpacks/run-jammy-base:latest'");
        assertSatisfied(evaluate(PAKETO, "registry.example.com/stacks/run-jammy-full:0.1.0"))
                .startsWith("the builder names the run image as its run image 2,");
    }

    @Test
    void aDigestOfTheSameRepositoryMatchesATagWithoutResolvingIt() throws Exception {
        assertSatisfied(evaluate(PAKETO, "paketobuildpacks/run-jammy-base@" + DIGEST))
                .endsWith("(the same repository: a digest is not compared with a tag)");
    }

    @Test
    void anotherRunImageIsAViolationNamingWhatTheBuilderNames() throws Exception {
        assertViolated(evaluate(PAKETO, "paketobuildpacks/run-jammy-base:0.1.1"))
                .isEqualTo("the builder names 'index.docker.io/paketobuildpacks/run-jammy-base:latest' (mirrors"
                        + " 'gcr.io/paketo-buildpacks/run-jammy-base:latest'),"
                        + " 'registry.example.com/stacks/run-jammy-full:0.1.0', not the run image"
                        + " paketobuildpacks/run-jammy-base:0.1.1: apps built with it run on another run image");
        assertViolated(evaluate(PAKETO, "ghcr.io/acme/run:jammy"));
    }

    @Test
    void olderBuildersNameTheirRunImageUnderStack() throws Exception {
        assertSatisfied(evaluate(STACK_ONLY, "docker.io/prev/mirror"))
                .isEqualTo("the builder names the run image as a mirror of its default run image, 'prev/mirror'");
    }

    @Test
    void anImageWithoutBuilderMetadataOrARunImageInItIsAViolation() throws Exception {
        assertViolated(evaluate(null, "ghcr.io/acme/run:jammy"))
                .isEqualTo("label io.buildpacks.builder.metadata is not set: the image is not a builder made by pack"
                        + " builder create, and names no run image");
        assertViolated(evaluate("{\"stack\":{\"runImage\":{\"image\":\"\"}}}", "ghcr.io/acme/run:jammy"))
                .isEqualTo("label io.buildpacks.builder.metadata names no run image (neither images nor"
                        + " stack.runImage.image)");
        assertViolated(evaluate("{\"images\":{}}", "ghcr.io/acme/run:jammy"))
                .isEqualTo("the label io.buildpacks.builder.metadata has images that is not an array: pack cannot tell"
                        + " which run image the builder names");
    }

    @Test
    void aLocalRunImageIsComparedByTheRegistryReferenceItIsNamedAfter() throws Exception {
        assertSatisfied(evaluate(PAKETO, "oci:target/run:index.docker.io/paketobuildpacks/run-jammy-base"));
        assertViolated(evaluate(PAKETO, "docker-archive:target/run.tar:ghcr.io/acme/run:jammy"));
    }

    @Test
    void aLocalRunImageWithAShortNameCannotBeComparedWithRegistryNames() throws Exception {
        assertUnverified(evaluate(STACK_ONLY, "oci:target/run:jammy"))
                .isEqualTo("the run image oci:target/run:jammy is not a registry reference, nor named after one"
                        + " (oci:PATH:registry.example.com/stacks/run:jammy), so it cannot be compared with the run"
                        + " images the builder names: 'prev/run' (mirrors 'prev/mirror')");
        assertUnverified(evaluate(STACK_ONLY, "oci:target/run"));
    }

    private static String metadata(String name) {
        try (InputStream in = BuilderRunImageTest.class.getResourceAsStream("/io/github/cnbenforcer/builder/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
