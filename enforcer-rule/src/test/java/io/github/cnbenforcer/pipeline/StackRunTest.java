package io.github.cnbenforcer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.outcome.Outcome;
import io.github.cnbenforcer.outcome.Result;
import io.github.cnbenforcer.outcome.StatusPolicy;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.source.registry.RegistryOptions;
import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.TestImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole run, from references to outcome, on images in OCI layouts. */
class StackRunTest {
    @TempDir
    Path directory;

    private final List<String> activities = new ArrayList<>();

    private ImageRef layout(String name, TestImage image) throws Exception {
        OciLayoutWriter.to(directory.resolve(name)).write(null, image);
        return ImageRef.parse("oci:" + name, directory);
    }

    private Outcome run(ImageRef build, ImageRef run, List<ImageRef> mirrors, boolean strict) {
        return new StackRun(
                        Stack.of(build, run, mirrors, List.<Platform>of()),
                        new ImageSources(RegistryOptions.defaults()),
                        new LayerInspection(true, 512L * 1024 * 1024, SourceLog.NONE),
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
        assertThat(activities)
                .containsExactly(
                        "reading the build image oci:build",
                        "reading the run image oci:run",
                        "reading the run image mirror oci:mirror",
                        "checking the images (reading their layers where the checks need them)");
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
