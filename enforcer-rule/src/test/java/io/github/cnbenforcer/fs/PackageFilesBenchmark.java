package io.github.cnbenforcer.fs;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.testing.InMemoryImages;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Not a test: what reading a run image's package database costs after the usual facts, with the
 * database files kept in the first pass ({@link KeptFiles}, as the rebase checks ask) and without.
 * The image, gzip: a base layer ({@code /etc/os-release}, 24 MiB of incompressible files under {@code
 * /usr}, a 3 MiB {@code /var/lib/dpkg/status}) and a package layer on top ({@code /etc/passwd} and
 * {@code /etc/group}, 16 MiB under {@code /usr}, the updated {@code status}, then {@code status.d/}
 * with 40 files): 40 MiB stored. The usual facts read the top layer and the start of the base.
 *
 * <p>Measured on a 2-CPU machine, Java 17: kept, the database costs the rest of the base (24.2 MiB,
 * every byte of the image read once); asked afterwards, 688 MiB more, the top layer opened 42 times
 * (for {@code status} and each file of {@code status.d}).
 *
 * <pre>
 * mvn -q -pl enforcer-rule test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-classpath %classpath io.github.cnbenforcer.fs.PackageFilesBenchmark"
 * </pre>
 */
public final class PackageFilesBenchmark {
    private static final int MIB = 1024 * 1024;
    private static final String STATUS = "/var/lib/dpkg/status";
    private static final String STATUS_D = "/var/lib/dpkg/status.d";

    private PackageFilesBenchmark() {}

    public static void main(String[] args) throws Exception {
        for (int round = 0; round < 3; round++) {
            measure("kept in the first pass", KeptFiles.of(List.of(STATUS), List.of(STATUS_D), 32 * MIB));
            measure("asked afterwards", KeptFiles.NONE);
        }
    }

    private static void measure(String name, KeptFiles kept) throws Exception {
        InMemoryImages images = new InMemoryImages();
        List<Descriptor> layers = new ArrayList<>();
        layers.add(images.add(base()));
        layers.add(images.add(packages()));
        PlatformImage image = images.image("example/run:1", TestImage.bare("linux", "amd64"), layers);
        long start = System.nanoTime();
        LayerFacts facts = new LayerFacts(image, 4096L * MIB, warning -> {}, kept);
        facts.users();
        facts.osRelease();
        long usual = images.store().bytesRead();
        facts.read(STATUS, 32 * MIB).orElseThrow();
        for (String file : facts.listFiles(STATUS_D).orElseThrow()) {
            facts.read(STATUS_D + "/" + file, 32 * MIB).orElseThrow();
        }
        facts.read("/lib/apk/db/installed", 32 * MIB);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                Locale.ROOT,
                "%-24s usual facts %5.1f MiB, then the database %5.1f MiB more; layers opened %d + %d times; %d ms%n",
                name,
                usual / (double) MIB,
                (images.store().bytesRead() - usual) / (double) MIB,
                images.store().openCount(layers.get(0)),
                images.store().openCount(layers.get(1)),
                millis);
    }

    private static TestLayer base() {
        SplittableRandom random = new SplittableRandom(1);
        TestLayer layer = TestLayer.create().file("/etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n");
        fill(layer, "/usr/lib/base", 24, random);
        return layer.file(STATUS, stanzas(3 * MIB));
    }

    private static TestLayer packages() {
        SplittableRandom random = new SplittableRandom(2);
        TestLayer layer = TestLayer.create()
                .file("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\n")
                .file("/etc/group", "root:x:0:\n")
                .directory("/root", 0, 0, 0700);
        fill(layer, "/usr/lib/added", 16, random);
        layer.file(STATUS, stanzas(3 * MIB + 4096));
        for (int i = 0; i < 40; i++) {
            layer.file(STATUS_D + "/package" + i, "Package: package" + i + "\nVersion: 1.0\n");
        }
        return layer;
    }

    private static void fill(TestLayer layer, String directory, int mebibytes, SplittableRandom random) {
        for (int i = 0; i < mebibytes; i++) {
            byte[] content = new byte[MIB];
            random.nextBytes(content);
            layer.file(directory + "/file" + i, content, 0, 0, 0644);
        }
    }

    private static String stanzas(int bytes) {
        StringBuilder status = new StringBuilder();
        for (int i = 0; status.length() < bytes; i++) {
            status.append("Package: p")
                    .append(i)
                    .append("\nStatus: install ok installed\nVersion: 1.0-")
                    .append(i)
                    .append("\nDescription: filler\n text\n\n");
        }
        return status.toString();
    }
}
