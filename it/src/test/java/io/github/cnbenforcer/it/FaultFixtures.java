package io.github.cnbenforcer.it;

import io.github.cnbenforcer.testing.HostileImages;
import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.TestLayer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The images of the fault ITs: hostile values in every field a message shows, a corrupt layer, a
 * layer that skopeo labels gzip but stores as plain tar, and a layout whose index.json links to a
 * file outside it. Each is checked against the compliant partner of {@link Fixtures}.
 */
final class FaultFixtures {
    /** What the file outside the layout holds: an IT asserts it never reaches the build log. */
    static final String OUTSIDE_SECRET = "root:$6$do-not-print-me:19000:0:99999:7:::\n";

    private final Path directory;

    private FaultFixtures(Path directory) {
        this.directory = directory;
    }

    /** Writes every fault fixture into {@code directory}, after {@link Fixtures} wrote its own. */
    static void writeAll(Path directory) throws IOException {
        new FaultFixtures(directory).write();
    }

    private void write() throws IOException {
        OciLayoutWriter.to(path("hostile-build")).write(null, HostileImages.build());
        OciLayoutWriter.to(path("hostile-run")).write(null, HostileImages.run());
        OciLayoutWriter names = OciLayoutWriter.to(path("hostile-names"));
        names.write(HostileImages.refNames().get(0), Fixtures.compliantBuild());
        names.write(HostileImages.refNames().get(1), Fixtures.compliantRun());
        OciLayoutWriter.to(path("corrupt-layer-build"))
                .write(
                        null,
                        Fixtures.compliantBuild()
                                .layer(TestLayer.create()
                                        .file("/usr/share/doc/notes", new byte[64 * 1024], 0, 0, 0644)
                                        .cutShort()));
        mislabelledBySkopeo();
        indexLinkedOutside();
    }

    /**
     * skopeo keeps the uncompressed layers of a docker save archive uncompressed with
     * {@code --dest-oci-accept-uncompressed-layers}, and labels them {@code tar+gzip}.
     */
    private void mislabelledBySkopeo() throws IOException {
        run(
                "skopeo",
                "--insecure-policy",
                "copy",
                "--dest-oci-accept-uncompressed-layers",
                "docker-archive:" + path("compliant-stack.docker.tar") + ":example/build:jammy",
                "oci:" + path("mislabelled-layer-build"));
    }

    private void indexLinkedOutside() throws IOException {
        OciLayoutWriter.to(path("index-linked-outside")).write(null, Fixtures.compliantBuild());
        Path secret = Files.write(path("outside-the-layout.txt"), OUTSIDE_SECRET.getBytes(StandardCharsets.UTF_8));
        Path index = path("index-linked-outside").resolve("index.json");
        Files.delete(index);
        Files.createSymbolicLink(index, secret);
    }

    private static void run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }

    private Path path(String name) {
        return directory.resolve(name);
    }
}
