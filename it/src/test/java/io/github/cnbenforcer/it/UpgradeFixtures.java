package io.github.cnbenforcer.it;

import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.PackBuilder;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestLayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The images of the ITs on run image upgrades ({@code src/it/rebase-*}) and builders ({@code
 * src/it/builder-*}), written beside those of {@link Fixtures} and pushed to the plain registry (see
 * {@code src/test/registry/fixtures.list}). Arguments: the fixtures directory (which {@link Fixtures}
 * made) and the plain registry's {@code 127.0.0.1:PORT}, which the builders name their run images on,
 * as {@code pack builder create} writes them.
 *
 * <p>The previous run image of each rebase IT is the compliant run image the registry holds as
 * {@code stacks/run:jammy}; the package database ones hold a real dpkg status (five untrimmed stanzas
 * of a Debian 12 host's {@code /var/lib/dpkg/status}), edited for each case.
 */
public final class UpgradeFixtures {
    private static final String DPKG_STATUS = "/io/github/cnbenforcer/packages/debian12-excerpt.status";
    private static final String NOBLE_OS_RELEASE = "PRETTY_NAME=\"Ubuntu 24.04.1 LTS\"\nNAME=\"Ubuntu\"\n"
            + "VERSION_ID=\"24.04\"\nVERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\n";

    private final Path directory;
    private final String registry;

    private UpgradeFixtures(Path directory, String registry) {
        this.directory = directory;
        this.registry = registry;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: UpgradeFixtures FIXTURES_DIRECTORY REGISTRY_HOST:PORT");
        }
        new UpgradeFixtures(Path.of(args[0]), args[1]).writeAll();
    }

    private void writeAll() throws IOException {
        distroVersionBump();
        packageDatabases();
        builders();
    }

    /** A 24.04 build and run image pair, to replace the 22.04 run image: the pair matches, the rebase does not. */
    private void distroVersionBump() {
        layout(
                "rebase-build-noble",
                Fixtures.compliantBuild()
                        .label("io.buildpacks.base.distro.version", "24.04")
                        .layer(TestLayer.create().file("/usr/lib/os-release", NOBLE_OS_RELEASE)));
        layout(
                "rebase-run-noble",
                Fixtures.compliantRun()
                        .label("io.buildpacks.base.distro.version", "24.04")
                        .layer(TestLayer.create().file("/etc/os-release", NOBLE_OS_RELEASE)));
    }

    /** A previous run image with libssl3, a new one without it, and one where only versions moved. */
    private void packageDatabases() throws IOException {
        String status = resource(DPKG_STATUS);
        layout("rebase-run-dpkg", withDpkgStatus(status));
        layout("rebase-run-dpkg-no-libssl3", withDpkgStatus(withoutStanza(status, "libssl3")));
        layout("rebase-run-dpkg-bumped", withDpkgStatus(bumpedVersions(status)));
    }

    /** Builders made from the compliant build image as pack makes them: one names this registry's run image. */
    private void builders() {
        layout(
                "builder",
                PackBuilder.from(Fixtures.compliantBuild())
                        .runImage(registry + "/stacks/run:jammy", registry + "/mirror/run:jammy")
                        .image());
        layout(
                "builder-other-run",
                PackBuilder.from(Fixtures.compliantBuild())
                        .runImage(registry + "/stacks/run:bionic", registry + "/mirror/run:bionic")
                        .image());
    }

    private static TestImage withDpkgStatus(String status) {
        return Fixtures.compliantRun()
                .layer(TestLayer.create().directory("/var/lib/dpkg", 0, 0, 0755).file("/var/lib/dpkg/status", status));
    }

    /** The status without the stanza of {@code name}, as {@code dpkg --purge} leaves it. */
    private static String withoutStanza(String status, String name) {
        return Pattern.compile("(?ms)^Package: " + Pattern.quote(name) + "\n.*?\n\n")
                .matcher(status)
                .replaceFirst("");
    }

    /** Every package at a later Debian revision, as a point release leaves them. */
    private static String bumpedVersions(String status) {
        return Pattern.compile("(?m)^(Version: .*)$").matcher(status).replaceAll("$1.1");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = UpgradeFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no resource " + name + " on the class path (the rule's test jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void layout(String name, TestImage image) {
        Path path = directory.resolve(name);
        if (Files.exists(path)) {
            throw new IllegalStateException(path + " exists: Fixtures writes the directory afresh first");
        }
        OciLayoutWriter.to(path).write(null, image);
    }
}
