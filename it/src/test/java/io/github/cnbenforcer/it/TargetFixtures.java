package io.github.cnbenforcer.it;

import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestIndex;
import io.github.cnbenforcer.testing.TestLayer;
import java.nio.file.Path;

/**
 * The images of the ITs on target matching, the target ID, the effective distro and the deprecated
 * stack labels: each breaks or shows one thing and is checked against a compliant partner of
 * {@link Fixtures}.
 */
final class TargetFixtures {
    private static final String OTHER_STACK_ID = "io.example.stacks.other";

    private final Path directory;

    private TargetFixtures(Path directory) {
        this.directory = directory;
    }

    /** Writes every target fixture into {@code directory}. */
    static void writeAll(Path directory) {
        new TargetFixtures(directory).write();
    }

    private void write() {
        pairing();
        targetData();
        deprecatedStackLabels();
    }

    /** Variants absent on one side of an index, variants compared as written, a run image that offers more. */
    private void pairing() {
        index("index-build-arm-v7", TestImage.compliantBuild("arm").variant("v7"));
        index("index-run-arm", TestImage.compliantRun("arm"));
        index("index-build-arm", TestImage.compliantBuild("arm"));
        index("index-run-arm-v7", TestImage.compliantRun("arm").variant("v7"));
        layout("build-arm64-v8", TestImage.compliantBuild("arm64").variant("v8"));
        layout("run-arm64-v8.2", TestImage.compliantRun("arm64").variant("v8.2"));
        index("index-build-amd64", Fixtures.compliantBuild());
        index("index-run-amd64-s390x", Fixtures.compliantRun(), TestImage.compliantRun("s390x"));
    }

    /** A target ID with a character the spec does not allow; a run image of another distro without labels. */
    private void targetData() {
        layout("run-base-id-underscore", Fixtures.compliantRun().label("io.buildpacks.base.id", "com.example/stack_1"));
        layout(
                "run-debian-unlabelled",
                Fixtures.compliantRun()
                        .withoutLabel("io.buildpacks.base.distro.name")
                        .withoutLabel("io.buildpacks.base.distro.version")
                        .layer(TestLayer.create()
                                .directory("/etc", 0, 0, 0755)
                                .file("/etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n")));
    }

    /** The io.buildpacks.stack.* labels and CNB_STACK_ID, as platforms before 0.12 and the rebaser read them. */
    private void deprecatedStackLabels() {
        layout("run-without-stack-id", Fixtures.compliantRun().withoutLabel("io.buildpacks.stack.id"));
        layout("run-other-stack-id", Fixtures.compliantRun().label("io.buildpacks.stack.id", OTHER_STACK_ID));
        layout(
                "stack-mixins-build",
                Fixtures.compliantBuild()
                        .label("io.buildpacks.stack.mixins", "[\"curl\",\"git\",\"build:gcc\"]")
                        .env("CNB_STACK_ID", OTHER_STACK_ID));
        layout(
                "stack-mixins-run",
                Fixtures.compliantRun().label("io.buildpacks.stack.mixins", "[\"curl\",\"run:tzdata\"]"));
    }

    private void layout(String name, TestImage image) {
        OciLayoutWriter.to(directory.resolve(name)).write(null, image);
    }

    private void index(String name, TestImage... images) {
        OciLayoutWriter.to(directory.resolve(name)).write(null, TestIndex.of(images));
    }
}
