package io.github.cnbenforcer.it;

import io.github.cnbenforcer.testing.DockerArchiveWriter;
import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestIndex;
import io.github.cnbenforcer.testing.TestLayer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Writes the images the integration tests ({@code src/it}) check into the directory given as the
 * only argument: OCI layouts, OCI archives ({@code *.oci.tar}) and Docker archives
 * ({@code *.docker.tar}), each named after what it shows. A broken image breaks one requirement and
 * is checked against a compliant partner, so that its IT sees that requirement fail alone.
 */
public final class Fixtures {
    private static final String WINDOWS_STACK_ID = "io.example.stacks.nanoserver-ltsc2022";

    private final Path directory;

    private Fixtures(Path directory) {
        this.directory = directory;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Fixtures OUTPUT_DIRECTORY");
        }
        new Fixtures(Directories.recreate(Path.of(args[0]))).writeAll();
    }

    private void writeAll() throws IOException {
        compliantStack();
        mustBreakers();
        stackLabelsOnly();
        multiPlatform();
        windows();
        unreadable();
        layout("named-user-build", compliantBuild().user("cnb"));
        FilesystemFixtures.writeAll(directory);
        TargetFixtures.writeAll(directory);
        FaultFixtures.writeAll(directory);
    }

    /** Meets every requirement: as two layouts, one layout with refs, OCI archives and a Docker archive. */
    private void compliantStack() throws IOException {
        layout("compliant-build", compliantBuild());
        layout("compliant-run", compliantRun());
        OciLayoutWriter stack = OciLayoutWriter.to(path("compliant-stack"));
        stack.write("build-jammy", compliantBuild());
        stack.write("run-jammy", compliantRun());
        OciLayoutWriter.archive(path("compliant-build"), path("compliant-build.oci.tar"));
        OciLayoutWriter.archive(path("compliant-run"), path("compliant-run.oci.tar"));
        DockerArchiveWriter.create()
                .add("example/build:jammy", compliantBuild())
                .add("example/run:jammy", compliantRun())
                .writeTo(path("compliant-stack.docker.tar"));
        // The same run image released again: a mirror that is not identical.
        layout("compliant-run-rebuilt", compliantRun().label("io.buildpacks.base.released", "2026-02-01T00:00:00Z"));
        // Descriptors with artifactType, data and annotations, in indexes with attestations.
        OciLayoutWriter.to(path("oci11-fields-build"))
                .withOci11Fields()
                .write(null, TestIndex.of(compliantBuild()).withAttestations());
        OciLayoutWriter.to(path("oci11-fields-run"))
                .withOci11Fields()
                .write(null, TestIndex.of(compliantRun()).withAttestations());
    }

    /** One broken MUST each; where both images must carry the fault to isolate it, a -build and a -run. */
    private void mustBreakers() {
        // Root's home, /root, in a layer of its own: the compliant layer has only /home/cnb.
        layout(
                "build-user-root",
                compliantBuild()
                        .user("0:0")
                        .env("CNB_USER_ID", "0")
                        .env("CNB_GROUP_ID", "0")
                        .layer(TestLayer.create().directory("/root", 0, 0, 0700)));
        layout("build-cnb-user-id-wrong", compliantBuild().env("CNB_USER_ID", "1000"));
        layout("build-cnb-group-id-missing", compliantBuild().withoutEnv("CNB_GROUP_ID"));
        layout("build-path-relative", compliantBuild().env("PATH", "/usr/local/bin:bin:/usr/bin"));
        layout("run-path-missing", compliantRun().withoutEnv("PATH"));
        // An invalid os or architecture on one image alone would also break the pair checks.
        layout("os-ubuntu-build", compliantBuild().os("ubuntu"));
        layout("os-ubuntu-run", compliantRun().os("ubuntu"));
        layout("architecture-x86_64-build", TestImage.compliantBuild("x86_64"));
        layout("architecture-x86_64-run", TestImage.compliantRun("x86_64"));
        // Images are paired by platform, so configs that disagree on os or architecture meet only when
        // an index entry lists the wrong platform.
        index("run-freebsd-listed-as-linux", compliantRun().os("freebsd").listedAs("linux/amd64/v1"));
        // Without a variant, so that the variant the index lists (v1) differs from none.
        index("run-arm64-listed-as-amd64", TestImage.compliantRun("arm64").listedAs("linux/amd64/v1"));
        // Single manifests pair whatever their variants; linux/arm matches both.
        layout("build-arm-v7", TestImage.compliantBuild("arm").variant("v7"));
        layout("run-arm-v6", TestImage.compliantRun("arm").variant("v6"));
        layout("run-distro-debian", compliantRun().label("io.buildpacks.base.distro.name", "debian"));
        layout("run-distro-24.04", compliantRun().label("io.buildpacks.base.distro.version", "24.04"));
    }

    /** Paketo's Jammy stack as published: only the older io.buildpacks.stack.* labels, no variant. */
    private void stackLabelsOnly() {
        layout(
                "stack-labels-only-build",
                withStackLabelsOnly(TestImage.compliantBuild("amd64"))
                        .env("CNB_STACK_ID", "io.buildpacks.stacks.jammy"));
        layout(
                "stack-labels-only-run",
                withStackLabelsOnly(TestImage.compliantRun("amd64")).withoutLabel("io.buildpacks.rebasable"));
    }

    private static TestImage withStackLabelsOnly(TestImage image) {
        return image.withoutLabelsStartingWith("io.buildpacks.base.")
                .label("io.buildpacks.stack.id", "io.buildpacks.stacks.jammy")
                .label("io.buildpacks.stack.maintainer", "Paketo Buildpacks")
                .label("io.buildpacks.stack.homepage", "https://github.com/paketo-buildpacks/jammy-base-stack")
                .label(
                        "io.buildpacks.stack.description",
                        "ubuntu:jammy with compilers and common libraries and utilities")
                .label("io.buildpacks.stack.metadata", "{\"base-image\":\"ubuntu:jammy\"}")
                .label("io.buildpacks.stack.distro.name", "ubuntu")
                .label("io.buildpacks.stack.distro.version", "22.04")
                .label("io.buildpacks.stack.released", "2026-01-01T00:00:00Z");
    }

    /** linux/amd64 and linux/arm64/v8 as BuildKit writes them: attestation entries, amd64 without variant. */
    private void multiPlatform() {
        OciLayoutWriter.to(path("multi-platform-build"))
                .write(
                        null,
                        TestIndex.of(
                                        TestImage.compliantBuild("amd64"),
                                        TestImage.compliantBuild("arm64").variant("v8"))
                                .withAttestations());
        OciLayoutWriter.to(path("multi-platform-run"))
                .write(
                        null,
                        TestIndex.of(
                                        TestImage.compliantRun("amd64"),
                                        TestImage.compliantRun("arm64").variant("v8"))
                                .withAttestations());
    }

    /**
     * Windows Server 2022 images: os.version, a ;-separated PATH (spelled Path on the run image, as
     * Windows ignores the case of names), ContainerUser, distro labels from os.version.
     */
    private void windows() {
        layout(
                "windows-build",
                windows("build")
                        .env("PATH", "C:\\Windows\\system32;C:\\Windows")
                        .env("CNB_USER_ID", "S-1-5-93-2-2")
                        .env("CNB_GROUP_ID", "S-1-5-32-545")
                        .env("CNB_STACK_ID", WINDOWS_STACK_ID));
        layout(
                "windows-run",
                windows("run")
                        .env("Path", "C:\\Windows\\system32;C:\\Windows")
                        .label("io.buildpacks.rebasable", "true")
                        .label("io.buildpacks.base.id", "io.example.stacks.nanoserver-ltsc2022"));
    }

    private static TestImage windows(String role) {
        String osVersion = "10.0.20348.2227";
        return TestImage.bare("windows", "amd64")
                .osVersion(osVersion)
                .user("ContainerUser")
                .label("io.buildpacks.base.maintainer", "Example Stacks Team")
                .label("io.buildpacks.base.homepage", "https://stacks.example.com")
                .label("io.buildpacks.base.released", "2026-01-01T00:00:00Z")
                .label("io.buildpacks.base.description", "Example Windows Server 2022 " + role + " image")
                .label("io.buildpacks.base.metadata", "{\"packages\":[]}")
                .label("io.buildpacks.base.distro.name", "")
                .label("io.buildpacks.base.distro.version", osVersion)
                .label("io.buildpacks.stack.id", WINDOWS_STACK_ID)
                .layer(TestLayer.create()
                        .directory("Files", 0, 0, 0755)
                        .directory("Files/Windows", 0, 0, 0755)
                        .directory("Hives", 0, 0, 0755));
    }

    /** A layout whose index.json is cut off mid-way. */
    private void unreadable() throws IOException {
        layout("corrupt-index", compliantBuild());
        Files.write(
                path("corrupt-index").resolve("index.json"),
                "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":".getBytes(StandardCharsets.UTF_8));
        withSymlink(
                path("compliant-build.oci.tar"),
                path("link-outside-build.oci.tar"),
                "oci-layout.bak",
                "../../../../../../etc/passwd");
    }

    /** A copy of the tar file {@code from} with one more entry: a symbolic link {@code name -> target}. */
    private static void withSymlink(Path from, Path to, String name, String target) throws IOException {
        try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(from));
                TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(to))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putArchiveEntry(entry);
                in.transferTo(out);
                out.closeArchiveEntry();
            }
            TarArchiveEntry link = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
            link.setLinkName(target);
            out.putArchiveEntry(link);
            out.closeArchiveEntry();
        }
    }

    /** The test builder's compliant images, with the variant set as the OCI table lists it. */
    static TestImage compliantBuild() {
        return TestImage.compliantBuild("amd64").variant("v1");
    }

    static TestImage compliantRun() {
        return TestImage.compliantRun("amd64").variant("v1");
    }

    private void layout(String name, TestImage image) {
        OciLayoutWriter.to(path(name)).write(null, image);
    }

    private void index(String name, TestImage image) {
        OciLayoutWriter.to(path(name)).write(null, TestIndex.of(image));
    }

    private Path path(String name) {
        return directory.resolve(name);
    }
}
