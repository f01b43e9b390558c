package io.github.cnbenforcer.fs;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.testing.InMemoryImages;
import io.github.cnbenforcer.testing.TestImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Not a test: measures {@link LayerFacts} on generated gzip layers, streamed to a temporary directory.
 *
 * <ol>
 *   <li>A 1 GiB layer (one 512 MiB file, 100,000 files of 1 to 9 KiB, then the user files at its very
 *       end) read through: time, and heap added over a {@code System.gc()} baseline (the peak, summed
 *       over the heap pools, and what stays retained: the metadata of the entries read).
 *   <li>Stacks whose user layer ({@code /etc/passwd}, {@code /etc/group}, the home directory) is on top
 *       of a large base layer: compressed bytes read, versus image size, to answer users, os-release and
 *       the home directory.
 * </ol>
 *
 * Run it with a small heap, which shows that layers are streamed:
 *
 * <pre>
 * mvn -q -pl enforcer-rule test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx64m -classpath %classpath io.github.cnbenforcer.fs.FilesystemBenchmark"
 * </pre>
 *
 * Measured on a 2-CPU machine, Java 17: the 1 GiB layer (1074 MiB tar, 505 MiB gzip) is read in 7 s
 * (about 150 MiB/s of tar); with {@code -Xmx64m} the peak heap added is 32 MiB, with {@code -Xmx256m} 45 to
 * 98 MiB (the collector waits longer), and 19 MiB stay retained for the 100,005 entries (about 200 bytes
 * each). Stack with a 136 MiB base: 19.7 MiB read (14%) when the home is in the user layer, since reading
 * stops at {@code usr/lib/os-release}; 136 MiB (100%) when the home ({@code /var/www}) is the last entry
 * of the base; 313 bytes, the base never opened, when the user layer also writes {@code /etc/os-release}.
 * Each layer is opened once.
 */
public final class FilesystemBenchmark {
    private static final long MIB = 1024L * 1024;
    private static final String PASSWD = "root:x:0:0:root:/root:/bin/bash\n"
            + "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
            + "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n"
            + "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n";
    private static final String CNB = "cnb:x:1001:1000::/home/cnb:/bin/bash\n";
    private static final String GROUP = "root:x:0:\nwww-data:x:33:\ncnb:x:1000:\n";
    private static final String OS_RELEASE = "NAME=\"Ubuntu\"\nID=ubuntu\nVERSION_ID=\"24.04\"\n";

    private FilesystemBenchmark() {}

    public static void main(String[] args) throws IOException, FactUnavailableException {
        Path directory = Files.createTempDirectory("cnb-fs-benchmark");
        try {
            System.out.printf(
                    Locale.ROOT, "max heap %d MiB%n", Runtime.getRuntime().maxMemory() / MIB);
            readThroughOneGibibyteLayer(directory);
            bytesReadOfStacksWithTheUserLayerOnTop(directory);
        } finally {
            deleteRecursively(directory);
        }
    }

    private static void readThroughOneGibibyteLayer(Path directory) throws IOException, FactUnavailableException {
        Path blob = directory.resolve("one-gib.tar.gz");
        long start = System.nanoTime();
        long tarBytes = writeOneGibibyteLayer(blob);
        System.out.printf(
                Locale.ROOT,
                "%n1. one layer, %d MiB as tar, %d MiB gzip, written in %.1f s%n",
                tarBytes / MIB,
                Files.size(blob) / MIB,
                seconds(start));

        InMemoryImages images = new InMemoryImages();
        PlatformImage image = images.image(
                "benchmark/one-gib:1",
                TestImage.bare("linux", "amd64").user("1001:1000"),
                List.of(images.add(MediaTypes.OCI_LAYER_GZIP, blob)));
        long baseline = heapAfterGc();
        resetPeaks();
        start = System.nanoTime();
        LayerFacts facts = new LayerFacts(image, 2048 * MIB, warning -> {});
        answerAll(facts, "/home/cnb");
        double elapsed = seconds(start);
        long peak = peakHeap();
        long retained = heapAfterGc() - baseline;
        Reference.reachabilityFence(facts);
        System.out.printf(
                Locale.ROOT,
                "   read %d MiB in %.1f s (%.0f MiB/s of tar)%n",
                images.store().bytesRead() / MIB,
                elapsed,
                tarBytes / MIB / elapsed);
        System.out.printf(
                Locale.ROOT,
                "   heap: baseline %.1f MiB, peak added at most %.1f MiB, retained %.1f MiB"
                        + " (metadata of %d entries)%n",
                baseline / (double) MIB,
                (peak - baseline) / (double) MIB,
                retained / (double) MIB,
                100_005);
    }

    /** A 512 MiB file, 100,000 small ones, and the files the checks read; the bytes of the tar. */
    private static long writeOneGibibyteLayer(Path blob) throws IOException {
        try (LayerWriter layer = new LayerWriter(blob)) {
            layer.file("/opt/data/blob.bin", 512 * MIB);
            for (int i = 0; i < 100_000; i++) {
                layer.file("/usr/share/doc/pkg" + (i / 100) + "/file" + i, 1024 + layer.random.nextInt(8 * 1024));
            }
            layer.text("/etc/group", GROUP);
            layer.text("/etc/passwd", PASSWD + CNB);
            layer.directory("/home/cnb", 1001, 1000);
            layer.text("/usr/lib/os-release", OS_RELEASE);
            layer.symlink("/etc/os-release", "../usr/lib/os-release");
            return layer.finish();
        }
    }

    private static void bytesReadOfStacksWithTheUserLayerOnTop(Path directory)
            throws IOException, FactUnavailableException {
        Path base = directory.resolve("base.tar.gz");
        try (LayerWriter layer = new LayerWriter(base)) {
            layer.symlink("/bin", "usr/bin");
            layer.directory("/etc", 0, 0);
            layer.text("/etc/group", GROUP);
            layer.symlink("/etc/os-release", "../usr/lib/os-release");
            layer.text("/etc/passwd", PASSWD);
            layer.directory("/home", 0, 0);
            layer.files("/usr/bin/tool", 400, 100 * 1024);
            layer.text("/usr/lib/os-release", OS_RELEASE);
            layer.files("/usr/lib/x86_64-linux-gnu/lib", 1200, 100 * 1024);
            layer.files("/usr/share/doc/pkg", 1200, 100 * 1024);
            layer.directory("/var/www", 33, 33);
            layer.finish();
        }
        Path user = directory.resolve("user.tar.gz");
        try (LayerWriter layer = new LayerWriter(user)) {
            layer.text("/etc/group", GROUP);
            layer.text("/etc/passwd", PASSWD + CNB);
            layer.directory("/home/cnb", 1001, 1000);
            layer.finish();
        }
        System.out.printf(
                Locale.ROOT,
                "%n2. stacks: base layer %.1f MiB gzip (usr/lib/os-release after %s),"
                        + " user layer on top %d bytes%n",
                Files.size(base) / (double) MIB,
                "usr/bin",
                Files.size(user));
        stack("User 1001:1000, home /home/cnb in the user layer", "1001:1000", "/home/cnb", base, user);
        stack("User www-data, home /var/www at the end of the base", "www-data", "/var/www", base, user);
        Path userWithOsRelease = directory.resolve("user-os-release.tar.gz");
        try (LayerWriter layer = new LayerWriter(userWithOsRelease)) {
            layer.text("/etc/group", GROUP);
            layer.text("/etc/os-release", OS_RELEASE);
            layer.text("/etc/passwd", PASSWD + CNB);
            layer.directory("/home/cnb", 1001, 1000);
            layer.finish();
        }
        stack(
                "User 1001:1000, the user layer also writes /etc/os-release",
                "1001:1000",
                "/home/cnb",
                base,
                userWithOsRelease);
    }

    private static void stack(String title, String user, String home, Path... bottomFirst)
            throws IOException, FactUnavailableException {
        InMemoryImages images = new InMemoryImages();
        List<Descriptor> layers = new ArrayList<>();
        long imageSize = 0;
        for (Path blob : bottomFirst) {
            layers.add(images.add(MediaTypes.OCI_LAYER_GZIP, blob));
            imageSize += Files.size(blob);
        }
        PlatformImage image = images.image(
                "benchmark/stack:1", TestImage.bare("linux", "amd64").user(user), layers);
        long start = System.nanoTime();
        answerAll(new LayerFacts(image, 512 * MIB, warning -> {}), home);
        double elapsed = seconds(start);
        StringBuilder opens = new StringBuilder();
        for (int i = layers.size() - 1; i >= 0; i--) {
            opens.append(i == layers.size() - 1 ? "" : ", ")
                    .append(images.store().openCount(layers.get(i)));
        }
        System.out.printf(
                Locale.ROOT,
                "   %s:%n     read %.1f of %.1f MiB (%.0f%%) in %.2f s; opens per layer, top" + " first: %s%n",
                title,
                images.store().bytesRead() / (double) MIB,
                imageSize / (double) MIB,
                100.0 * images.store().bytesRead() / imageSize,
                elapsed,
                opens);
    }

    /** The questions the checks ask, in their order: users, os-release, then the home directory. */
    private static void answerAll(LayerFacts facts, String home) throws FactUnavailableException {
        facts.users().userByName("cnb").orElseThrow();
        facts.osRelease().orElseThrow();
        facts.stat(home).orElseThrow();
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return heapPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak: an upper bound of the heap used at any one time. */
    private static long peakHeap() {
        return heapPools().stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pools.add(pool);
            }
        }
        return pools;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    /**
     * Streams a gzip tar layer to a file. File content is text-like (random words), which gzip
     * compresses about as much as real layers (2 to 3 times).
     */
    private static final class LayerWriter implements AutoCloseable {
        private static final int POOL_SIZE = 16 * 1024 * 1024;

        final SplittableRandom random = new SplittableRandom(42);
        private final byte[] pool = wordPool(random);
        private final CountingOutputStream tarBytes;
        private final TarArchiveOutputStream tar;

        LayerWriter(Path file) throws IOException {
            OutputStream gzip =
                    new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16) {
                        {
                            def.setLevel(Deflater.BEST_SPEED);
                        }
                    };
            tarBytes = new CountingOutputStream(gzip);
            tar = new TarArchiveOutputStream(tarBytes);
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        }

        void files(String prefix, int count, int averageSize) throws IOException {
            for (int i = 0; i < count; i++) {
                file(prefix + i, averageSize / 2 + random.nextInt(averageSize));
            }
        }

        void file(String path, long size) throws IOException {
            TarArchiveEntry entry = entry(path, TarConstants.LF_NORMAL, 0, 0, 0644);
            entry.setSize(size);
            tar.putArchiveEntry(entry);
            for (long left = size; left > 0; ) {
                int chunk = (int) Math.min(left, 64 * 1024);
                tar.write(pool, random.nextInt(POOL_SIZE - chunk), chunk);
                left -= chunk;
            }
            tar.closeArchiveEntry();
        }

        void text(String path, String content) throws IOException {
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = entry(path, TarConstants.LF_NORMAL, 0, 0, 0644);
            entry.setSize(bytes.length);
            tar.putArchiveEntry(entry);
            tar.write(bytes);
            tar.closeArchiveEntry();
        }

        void directory(String path, long uid, long gid) throws IOException {
            tar.putArchiveEntry(entry(path + "/", TarConstants.LF_DIR, uid, gid, 0755));
            tar.closeArchiveEntry();
        }

        void symlink(String path, String target) throws IOException {
            TarArchiveEntry entry = entry(path, TarConstants.LF_SYMLINK, 0, 0, 0777);
            entry.setLinkName(target);
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
        }

        /** Ends the archive; returns its size as an uncompressed tar. */
        long finish() throws IOException {
            tar.finish();
            return tarBytes.count;
        }

        @Override
        public void close() throws IOException {
            tar.close();
        }

        private static TarArchiveEntry entry(String path, byte type, long uid, long gid, int mode) {
            TarArchiveEntry entry = new TarArchiveEntry(path.substring(1), type);
            entry.setIds((int) uid, (int) gid);
            entry.setMode(mode);
            return entry;
        }

        private static byte[] wordPool(SplittableRandom random) {
            String[] words = new String[4096];
            for (int i = 0; i < words.length; i++) {
                StringBuilder word = new StringBuilder();
                for (int length = 2 + random.nextInt(9); word.length() < length; ) {
                    word.append((char) ('a' + random.nextInt(26)));
                }
                words[i] = word.toString();
            }
            byte[] pool = new byte[POOL_SIZE];
            for (int position = 0; position < pool.length; ) {
                byte[] word = (words[random.nextInt(words.length)] + (random.nextInt(12) == 0 ? "\n" : " "))
                        .getBytes(StandardCharsets.US_ASCII);
                int length = Math.min(word.length, pool.length - position);
                System.arraycopy(word, 0, pool, position, length);
                position += length;
            }
            return pool;
        }
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }
}
