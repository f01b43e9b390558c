package io.github.cnbenforcer.packages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Not a test: measures parsing and comparing dpkg databases, with the heap a parsed database retains.
 *
 * <ol>
 *   <li>A real status file (the host's {@code /var/lib/dpkg/status}, or the bookworm minbase one of the
 *       test resources when there is none): parse and compare with itself, best of 20.
 *   <li>A status file of 32 MiB (the most the rule reads) made of that file's stanzas again and again
 *       under new names: parse, compare with itself, and retained heap.
 *   <li>The hostile case: as many tiny stanzas as the package limit allows, each providing five names.
 * </ol>
 *
 * <p>Run it with {@code mvn -q -pl enforcer-rule test-compile exec:exec -Dexec.executable=java
 * -Dexec.classpathScope=test -Dexec.args="-Xmx256m -classpath %classpath
 * io.github.cnbenforcer.packages.PackagesBenchmark"}. On the reference machine (2 cores, Java 17): a
 * Debian 12 host's status (0.6 MiB, 729 packages) parses in 6 to 24 ms and compares in 1.4 ms; 32 MiB
 * (35,721 packages) parse in 127 ms, compare in 27 ms and retain 9 MiB (260 bytes a package); 50,000
 * tiny packages of five provided names each (the limits) retain 19 MiB.
 */
public final class PackagesBenchmark {
    private static final double MIB = 1024 * 1024;

    private PackagesBenchmark() {}

    public static void main(String[] args) throws IOException, PackageDatabaseException {
        Path host = Path.of("/var/lib/dpkg/status");
        byte[] real = Files.isRegularFile(host)
                ? Files.readAllBytes(host)
                : PackageResources.bytes("bookworm-minbase-amd64.status");
        measure("real status", real);
        measure("32 MiB status", repeated(new String(real, StandardCharsets.UTF_8)));
        StringBuilder tiny = new StringBuilder();
        for (int i = 0; i < PackageCollector.MAX_PACKAGES; i++) {
            tiny.append("Package: p").append(i).append("\nProvides: a, b, c, d, e\n\n");
        }
        measure("50,000 tiny packages", tiny.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void measure(String name, byte[] content) throws PackageDatabaseException {
        long parse = bestOf(() -> parse(content));
        PackageDatabase database = parse(content);
        long compare = bestOf(() -> AbiComparison.compare(database, database));
        long baseline = heapAfterGc();
        PackageDatabase retained = parse(content);
        long heap = heapAfterGc() - baseline;
        Reference.reachabilityFence(retained);
        System.out.printf(
                Locale.ROOT,
                "%s: %.1f MiB, %d packages; parse %.1f ms, compare %.1f ms, retained heap %.0f KiB%n",
                name,
                content.length / MIB,
                database.packages().size(),
                parse / 1e6,
                compare / 1e6,
                heap / 1024.0);
    }

    private static byte[] repeated(String status) {
        ByteArrayOutputStream content = new ByteArrayOutputStream(PackageDatabases.MAX_FILE_BYTES);
        for (int copy = 0; content.size() < PackageDatabases.MAX_FILE_BYTES - 2 * status.length(); copy++) {
            content.writeBytes(status.replaceAll("(?m)^Package: (.*)$", "Package: $1-" + copy)
                    .getBytes(StandardCharsets.UTF_8));
            content.write('\n');
        }
        return content.toByteArray();
    }

    private static PackageDatabase parse(byte[] content) {
        try {
            return PackageResources.dpkgStatus(content);
        } catch (PackageDatabaseException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static long bestOf(Supplier<?> work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            Reference.reachabilityFence(work.get());
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
