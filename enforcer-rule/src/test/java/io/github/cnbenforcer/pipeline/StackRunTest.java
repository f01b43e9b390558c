package io.github.cnbenforcer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.outcome.Finding;
import io.github.cnbenforcer.outcome.Outcome;
import io.github.cnbenforcer.outcome.Result;
import io.github.cnbenforcer.outcome.Status;
import io.github.cnbenforcer.outcome.StatusPolicy;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.source.registry.FakeRegistry;
import io.github.cnbenforcer.source.registry.RegistryOptions;
import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.PackBuilder;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestIndex;
import io.github.cnbenforcer.testing.TestLayer;
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
        return run(Stack.of(build, run, mirrors, List.<Platform>of()), strict);
    }

    private Outcome run(Stack stack, boolean strict) {
        return new StackRun(
                        stack,
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

    /** A file the image's own OS could not open is what the image holds: the checks that need it fail. */
    @Test
    void aSymlinkLoopInTheImageViolatesTheChecksThatNeedThePathNotLeavesThemUnverified() throws Exception {
        TestLayer loops = TestLayer.create()
                .symlink("/etc/passwd", "/etc/passwd.loop")
                .symlink("/etc/passwd.loop", "/etc/passwd")
                .symlink("/etc/os-release", "/etc/os-release");
        Outcome outcome = run(
                layout("build", TestImage.compliantBuild("amd64").user("cnb").layer(loops)),
                layout("run", TestImage.compliantRun("amd64").layer(loops)),
                List.of(),
                false);

        assertThat(outcome.findings())
                .filteredOn(finding -> finding.checkId().equals("build-user-non-root"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.status()).isEqualTo(Status.FAIL))
                .extracting(Finding::message)
                .asString()
                .contains("/etc/passwd in oci:build leads through more than 40 symlinks (a symlink loop)");
        assertThat(outcome.findings())
                .filteredOn(finding -> finding.checkId().equals("distro-os-release"))
                .extracting(Finding::status)
                .containsExactly(Status.WARN, Status.WARN);
        assertThat(outcome.findings()).extracting(Finding::status).doesNotContain(Status.UNVERIFIED);
        assertThat(outcome.result()).isEqualTo(Result.FAIL);
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

    @Test
    void withoutRunImageTheRunImageAndMirrorsTheBuilderNamesAreReadAndChecked() throws Exception {
        try (FakeRegistry registry = new FakeRegistry()) {
            registry.serve(
                    "stacks/run", "jammy", TestImage.compliantRun("amd64").variant("v1"));
            registry.serve(
                    "mirror/run", "jammy", TestImage.compliantRun("amd64").variant("v1"));
            String run = registry.authority() + "/stacks/run:jammy";
            String mirror = registry.authority() + "/mirror/run:jammy";
            ImageRef builder = layout(
                    "builder",
                    PackBuilder.from(TestImage.compliantBuild("amd64").variant("v1"))
                            .runImage(run, mirror)
                            .image());

            Outcome outcome = run(Stack.of(new Stack.Images().builderImage(builder), List.of()), true);

            assertThat(outcome.result()).isEqualTo(Result.PASS);
            assertThat(outcome.images())
                    .extracting(
                            image -> image.role().label() + " " + image.image().reference())
                    .containsExactly("builder oci:builder", "run " + run, "mirror " + mirror);
            assertThat(outcome.findings())
                    .filteredOn(finding -> finding.checkId().equals("builder-run-image"))
                    .extracting(Finding::message)
                    .containsExactly("the builder names the run image as its default run image, '" + run + "'");
            assertThat(outcome.images().get(0).lifecycle())
                    .hasValueSatisfying(
                            lifecycle -> assertThat(lifecycle.version()).contains(PackBuilder.LIFECYCLE_VERSION));
            // The builder is read first; the run image and mirror it names are read after it (at once).
            int firstRunRead = activities.indexOf(activities.stream()
                    .filter(activity -> activity.contains("the run image " + run))
                    .findFirst()
                    .orElseThrow());
            assertThat(activities.subList(0, firstRunRead))
                    .startsWith("reading the builder image oci:builder")
                    .allMatch(activity -> activity.startsWith("reading the builder image oci:builder"));
            assertThat(activities.subList(firstRunRead, activities.size()))
                    .anyMatch(activity -> activity.contains("the run image mirror " + mirror));
        }
    }

    @Test
    void mirrorsGivenBesideABuilderReplaceTheBuildersMirrors() throws Exception {
        try (FakeRegistry registry = new FakeRegistry()) {
            registry.serve(
                    "stacks/run", "jammy", TestImage.compliantRun("amd64").variant("v1"));
            String run = registry.authority() + "/stacks/run:jammy";
            ImageRef builder = layout(
                    "builder",
                    PackBuilder.from(TestImage.compliantBuild("amd64").variant("v1"))
                            .runImage(run, registry.authority() + "/not/served:jammy")
                            .image());
            ImageRef mirror = layout("mirror", TestImage.compliantRun("amd64").variant("v1"));

            Outcome outcome = run(
                    Stack.of(new Stack.Images().builderImage(builder).runImageMirrors(List.of(mirror)), List.of()),
                    false);

            assertThat(outcome.images())
                    .extracting(
                            image -> image.role().label() + " " + image.image().reference())
                    .containsExactly("builder oci:builder", "run " + run, "mirror oci:mirror");
        }
    }

    @Test
    void aBuilderThatNamesNoRunImageStopsTheRunSayingToSetRunImage() throws Exception {
        ImageRef builder = layout("builder", TestImage.compliantBuild("amd64"));

        Outcome outcome = run(Stack.of(new Stack.Images().builderImage(builder), List.of()), false);

        assertThat(outcome.error())
                .isEqualTo("The builder image oci:builder (linux/amd64) has no label io.buildpacks.builder.metadata, so"
                        + " it names no run image: it is not a builder made by pack builder create; set <runImage>");
    }

    @Test
    void aRunImageNameThatIsNotARegistryReferenceIsNeverRead() throws Exception {
        ImageRef builder = layout(
                "builder",
                PackBuilder.from(TestImage.compliantBuild("amd64"))
                        .runImage("oci:/etc")
                        .image());

        Outcome outcome = run(Stack.of(new Stack.Images().builderImage(builder), List.of()), false);

        assertThat(outcome.error())
                .isEqualTo("The builder image oci:builder names the run image 'oci:/etc', which is not a registry"
                        + " reference (the rule reads no local file an image names): set <runImage>");
    }

    @Test
    void aNewRunImageWithoutAPackageOfThePreviousFailsRebaseAbiListingIt() throws Exception {
        String status = "Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nVersion: 2.36-9\n";
        String libssl = "\nPackage: libssl3\nStatus: install ok installed\nArchitecture: amd64\nVersion: 3.0.11-1\n";
        ImageRef previous = layout(
                "previous",
                TestImage.compliantRun("amd64")
                        .variant("v1")
                        .layer(TestLayer.create().file("/var/lib/dpkg/status", status + libssl)));
        ImageRef run = layout(
                "run",
                TestImage.compliantRun("amd64")
                        .variant("v1")
                        .layer(TestLayer.create().file("/var/lib/dpkg/status", status)));
        Stack stack = Stack.of(
                new Stack.Images()
                        .buildImage(layout(
                                "build", TestImage.compliantBuild("amd64").variant("v1")))
                        .runImage(run)
                        .previousRunImage(previous),
                List.of());

        Outcome outcome = run(stack, false);

        assertThat(outcome.failures())
                .extracting(finding -> finding.checkId() + " " + finding.role().label() + ": " + finding.message())
                .containsExactly("rebase-abi run: 1 package removed (libssl3): apps built on the previous run image may"
                        + " link against what is gone");
        assertThat(outcome.failures().get(0).details()).containsExactly("package removed: libssl3");
        assertThat(outcome.images()).extracting(image -> image.role().label()).endsWith("previous");
    }
}
