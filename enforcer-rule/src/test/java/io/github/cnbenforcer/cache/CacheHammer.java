package io.github.cnbenforcer.cache;

import io.github.cnbenforcer.image.Digest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes and reads the same few blobs, facts and tags in a small disk cache, as fast as it can, for a
 * while: run in two JVMs at once over one directory, it shows whether a reader ever sees a partial
 * or foreign entry (the cache would report it as corrupt) while the other writes and evicts.
 *
 * <p>{@code CacheHammer DIRECTORY BOUND_BYTES MILLISECONDS}: prints {@code ready}, then, when done,
 * {@code reads=N hits=N corrupt=N wrong=N evictions=N}.
 */
public final class CacheHammer {
    static final int KEYS = 12;

    private static final byte[][] BLOBS = new byte[KEYS][];
    private static final Digest[] DIGESTS = new Digest[KEYS];

    static {
        for (int key = 0; key < KEYS; key++) {
            // 64 to 86 KiB of bytes that differ from key to key
            BLOBS[key] = new byte[64 * 1024 + key * 2048];
            new Random(key).nextBytes(BLOBS[key]);
            DIGESTS[key] = Digest.sha256(BLOBS[key]);
        }
    }

    private final DiskCache cache;
    private final String writer = Long.toString(ProcessHandle.current().pid());
    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong corrupt = new AtomicLong();
    private final AtomicLong wrong = new AtomicLong();
    private final AtomicLong evictions = new AtomicLong();

    CacheHammer(Path directory, long boundBytes) throws IOException {
        this.cache = DiskCache.open(directory, boundBytes, this::debug);
    }

    public static void main(String[] args) throws IOException {
        CacheHammer hammer = new CacheHammer(Path.of(args[0]), Long.parseLong(args[1]));
        System.out.println("ready");
        System.out.flush();
        System.out.println(hammer.run(Duration.ofMillis(Long.parseLong(args[2]))));
    }

    /** Hammers for {@code duration}; the counts. */
    String run(Duration duration) {
        Instant end = Instant.now().plus(duration);
        for (int round = 0; Instant.now().isBefore(end); round++) {
            int key = round % KEYS;
            cache.putBlob(DIGESTS[key], BLOBS[key]);
            cache.putFact(factKey(key), fact(key));
            cache.putTag(reference(key), tagEntry(key));
            check(cache.blob(DIGESTS[(key + 5) % KEYS]), BLOBS[(key + 5) % KEYS]);
            check(cache.fact(factKey((key + 7) % KEYS)), fact((key + 7) % KEYS));
            checkTag((key + 3) % KEYS);
        }
        return "reads=" + reads + " hits=" + hits + " corrupt=" + corrupt + " wrong=" + wrong + " evictions="
                + evictions;
    }

    private static byte[] fact(int key) {
        byte[] content = new byte[8 * 1024];
        Arrays.fill(content, (byte) ('a' + key));
        return content;
    }

    private static FactKey factKey(int key) {
        return FactKey.of("hammer-v1", List.of(DIGESTS[key]));
    }

    private static String reference(int key) {
        return "127.0.0.1:5000/hammer/image:tag-" + key;
    }

    /** Each writer dates its entries differently: readers may see either writer's, never a mix. */
    private TagEntry tagEntry(int key) {
        return new TagEntry(
                "application/vnd.oci.image.index.v1+json",
                DIGESTS[key],
                key,
                Instant.ofEpochSecond(Long.parseLong(writer)));
    }

    private void check(Optional<byte[]> read, byte[] expected) {
        reads.incrementAndGet();
        read.ifPresent(content -> {
            hits.incrementAndGet();
            if (!Arrays.equals(content, expected)) {
                wrong.incrementAndGet();
            }
        });
    }

    private void checkTag(int key) {
        reads.incrementAndGet();
        cache.tag(reference(key)).ifPresent(entry -> {
            hits.incrementAndGet();
            if (!entry.digest().equals(DIGESTS[key]) || entry.descriptor().size() != key) {
                wrong.incrementAndGet();
            }
        });
    }

    private void debug(String message) {
        if (message.contains("corrupt")) {
            corrupt.incrementAndGet();
            System.err.println(message);
        } else if (message.contains("evicted")) {
            evictions.incrementAndGet();
        }
    }
}
