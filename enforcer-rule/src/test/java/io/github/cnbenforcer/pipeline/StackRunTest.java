package io.github.cnbenforcer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.outcome.Outcome;
import io.github.cnbenforcer.outcome.Result;
import io.github.cnbenforcer.outcome.StatusPolicy;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.source.registry.RegistryOptions;
import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole run, from references to outcome, on images in OCI layouts. */
class StackRunTest {
    @TempDir
    Path directory;

    private final List<String> activities = Collections.synchronizedList(new ArrayList<>());

    private ImageRef layout(String name, TestImage image) throws Exception {
        OciLayoutWriter.to(directory.resolve(name)).write(null, image);
        return ImageRef.parse("oci:" + name, directory);
    }

    private Outcome run(ImageRef build, ImageRef run, List<ImageRef> mirrors, boolean strict) {
        return new StackRun(
                        Stack.of(build, run, mirrors, List.<Platform>of()),
                        new ImageSources(RegistryOptions.defaults(), ImageCache.NONE),
                        new LayerInspection(true, 512L * 1024 * 1024, ImageCache.NONE, SourceLog.NONE),
                        StatusPolicy.strict(strict),
                        Checks.all())
                .run(activities::add);
    }

    @Test
    void aCompliantStackPassesAndSaysWhatItDidInOrder() throws Exception {
        Outcome outcome = run(
                layout("build", TestImage.compliantBuild("amd64").variant("v1")),
                layout("run", TestImage.compliantRun("amd64").variant("v1")),
                List.of(layout("mirror", TestImage.compliantRun("amd64").variant("v1"))),
                true);

        assertThat(outcome.result()).isEqualTo(Result.PASS);
        assertThat(outcome.isStrict()).isTrue();
        assertThat(outcome.images())
                .extracting(image -> image.role().label())
                .containsExactly("build", "run", "mirror");
        assertThat(activities.get(0)).isEqualTo("reading the build image oci:build");
        assertThat(String.join("\n", activities))
                .contains("the run image oci:run", "the run image mirror oci:mirror (linux/amd64/v1)");
        assertThat(activities).endsWith("checking the images (reading their layers where the checks need them)");
    }

    @Test
    void everyImageThatCannotBeReadIsNamedWithItsRole() throws Exception {
        Outcome outcome = run(
                ImageRef.parse("oci:no-build", directory),
                layout("run", TestImage.compliantRun("amd64")),
                List.of(ImageRef.parse("oci:no-mirror", directory)),
                false);

        assertThat(outcome.result()).isEqualTo(Result.FAIL);
        assertThat(outcome.error())
                .startsWith("Cannot read the build image oci:no-build: there is no OCI layout")
                .contains("; cannot read the run image mirror oci:no-mirror: there is no OCI layout")
                .doesNotContain("the run image oci:run");
    }

    @Test
    void aPlatformThatCannotBeReadIsNamedWithItsImage() throws Exception {
        OciLayoutWriter runLayout = OciLayoutWriter.to(directory.resolve("run"));
        ObjectNode index =
                runLayout.write(null, TestIndex.of(TestImage.compliantRun("amd64"), TestImage.compliantRun("arm64")));
        for (JsonNode entry : runLayout.blobs().document(index).path("manifests")) {
            if (entry.path("platform").path("architecture").asText().equals("arm64")) {
                Files.delete(directory.resolve("run/blobs/sha256/"
                        + Digest.parse(entry.path("digest").asText()).hex()));
            }
        }

        Outcome outcome = run(
                layout("build", TestImage.compliantBuild("amd64")),
                ImageRef.parse("oci:run", directory),
                List.of(),
                false);

        assertThat(outcome.result()).isEqualTo(Result.FAIL);
        assertThat(outcome.error()).startsWith("Cannot read the run image oci:run (linux/arm64): ");
    }

    @Test
    void anUnreadableImageStopsTheRunNamingItsRole() throws Exception {
        Outcome outcome = run(
                layout("build", TestImage.compliantBuild("amd64")),
                layout("run", TestImage.compliantRun("amd64")),
                List.of(ImageRef.parse("oci:missing", directory)),
                false);

        assertThat(outcome.result()).isEqualTo(Result.FAIL);
        assertThat(outcome.error()).startsWith("Cannot read the run image mirror oci:missing: there is no OCI layout");
        assertThat(outcome.findings()).isEmpty();
    }
}
