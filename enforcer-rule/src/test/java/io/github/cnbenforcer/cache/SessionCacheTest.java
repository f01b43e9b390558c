package io.github.cnbenforcer.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.image.Digest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionCacheTest {
    private static final byte[] MANIFEST = "{\"schemaVersion\":2}".getBytes(StandardCharsets.UTF_8);
    private static final Digest MANIFEST_DIGEST = Digest.sha256(MANIFEST);
    private static final String REFERENCE = "registry.example.com/stacks/build:jammy";

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final AtomicInteger requests = new AtomicInteger();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aReactorOfModulesFetchesABlobOnce() {
        SessionCache session = new SessionCache(ImageCache.NONE);

        for (int module = 0; module < 20; module++) {
            assertThat(session.blob(MANIFEST_DIGEST, this::fetchManifest)).isEqualTo(MANIFEST);
        }

        assertThat(requests).hasValue(1);
    }

    @Test
    void readsTheDiskBeforeTheRegistry(@TempDir Path directory) throws IOException {
        DiskCache disk = DiskCache.open(directory, DiskCache.DEFAULT_MAX_BYTES, message -> {});
        disk.putBlob(MANIFEST_DIGEST, MANIFEST);

        SessionCache session = new SessionCache(disk);

        assertThat(session.blob(MANIFEST_DIGEST, this::fetchManifest)).isEqualTo(MANIFEST);
        assertThat(requests).hasValue(0);
    }

    @Test
    void keepsWhatItFetchesOnDisk(@TempDir Path directory) throws IOException {
        DiskCache disk = DiskCache.open(directory, DiskCache.DEFAULT_MAX_BYTES, message -> {});

        new SessionCache(disk).blob(MANIFEST_DIGEST, this::fetchManifest);

        assertThat(disk.blob(MANIFEST_DIGEST)).hasValue(MANIFEST);
    }

    @Test
    void twoThreadsAskingAtOnceFetchOnce() throws Exception {
        List<Future<byte[]>> both = askTwiceAtOnce(new SessionCache(ImageCache.NONE), this::fetchManifest);

        assertThat(both.get(1).get(20, TimeUnit.SECONDS)).isEqualTo(MANIFEST);
        assertThat(both.get(0).get(20, TimeUnit.SECONDS)).isEqualTo(MANIFEST);
        assertThat(requests).hasValue(1);
    }

    @Test
    void aWaiterFetchesItselfWhenTheFirstFetchFails() throws Exception {
        List<Future<byte[]>> both = askTwiceAtOnce(new SessionCache(ImageCache.NONE), () -> {
            throw new IOException("connection reset");
        });

        assertThat(both.get(1).get(20, TimeUnit.SECONDS)).isEqualTo(MANIFEST);
        assertThatThrownBy(() -> both.get(0).get(20, TimeUnit.SECONDS)).hasRootCauseMessage("connection reset");
        assertThat(requests).hasValue(1);
    }

    @Test
    void aFailedFetchIsNotRemembered() {
        SessionCache session = new SessionCache(ImageCache.NONE);

        assertThatThrownBy(() -> session.blob(MANIFEST_DIGEST, () -> {
                    throw new IOException("503 Service Unavailable");
                }))
                .isInstanceOf(IOException.class);

        assertThat(session.blob(MANIFEST_DIGEST, this::fetchManifest)).isEqualTo(MANIFEST);
        assertThat(requests).hasValue(1);
    }

    @Test
    void aLoaderThatAsksForItsOwnKeyDoesNotWaitForItself() {
        SessionCache session = new SessionCache(ImageCache.NONE);

        byte[] content = session.blob(MANIFEST_DIGEST, () -> session.blob(MANIFEST_DIGEST, this::fetchManifest));

        assertThat(content).isEqualTo(MANIFEST);
    }

    @Test
    void refusesAFetchedBlobWithAnotherDigest() {
        SessionCache session = new SessionCache(ImageCache.NONE);

        assertThatThrownBy(() ->
                        session.blob(Digest.sha256("other".getBytes(StandardCharsets.UTF_8)), this::fetchManifest))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void callersCannotChangeWhatOthersRead() {
        SessionCache session = new SessionCache(ImageCache.NONE);

        session.blob(MANIFEST_DIGEST, this::fetchManifest)[0] = 'X';

        assertThat(session.blob(MANIFEST_DIGEST)).hasValue(MANIFEST);
    }

    @Test
    void aTagIsRevalidatedOncePerSession() {
        SessionCache session = new SessionCache(ImageCache.NONE);
        TagEntry resolved = new TagEntry("application/vnd.oci.image.index.v1+json", MANIFEST_DIGEST, 19, Instant.now());

        for (int module = 0; module < 20; module++) {
            assertThat(session.resolveTag(REFERENCE, () -> {
                        requests.incrementAndGet();
                        return resolved;
                    }))
                    .isEqualTo(resolved);
        }

        assertThat(requests).hasValue(1);
        assertThat(session.tag(REFERENCE)).hasValue(resolved);
    }

    @Test
    void aTagResolvedInThisSessionIsKeptForOfflineBuilds(@TempDir Path directory) throws IOException {
        DiskCache disk = DiskCache.open(directory, DiskCache.DEFAULT_MAX_BYTES, message -> {});
        TagEntry resolved = new TagEntry(
                "application/vnd.oci.image.index.v1+json", MANIFEST_DIGEST, 19, Instant.parse("2026-03-01T10:00:00Z"));

        new SessionCache(disk).resolveTag(REFERENCE, () -> resolved);

        SessionCache offlineSession = new SessionCache(disk);
        assertThat(offlineSession.tag(REFERENCE)).hasValue(resolved);
    }

    @Test
    void theNextSessionSeesATagThatMoved(@TempDir Path directory) throws IOException {
        DiskCache disk = DiskCache.open(directory, DiskCache.DEFAULT_MAX_BYTES, message -> {});
        TagEntry before = new TagEntry("application/vnd.oci.image.index.v1+json", MANIFEST_DIGEST, 19, Instant.now());
        TagEntry moved = new TagEntry(
                before.descriptor().mediaType(),
                Digest.sha256("{}".getBytes(StandardCharsets.UTF_8)),
                2,
                Instant.now());
        SessionCache session = new SessionCache(disk);
        session.resolveTag(REFERENCE, () -> before);

        assertThat(session.resolveTag(REFERENCE, () -> moved)).isEqualTo(before);
        assertThat(new SessionCache(disk).resolveTag(REFERENCE, () -> moved)).isEqualTo(moved);
        assertThat(disk.tag(REFERENCE)).hasValue(moved);
    }

    @Test
    void factsAreDerivedOncePerSession() {
        SessionCache session = new SessionCache(ImageCache.NONE);
        FactKey key = FactKey.of("layer-facts-v1", List.of(MANIFEST_DIGEST));

        for (int platform = 0; platform < 4; platform++) {
            session.fact(key, () -> {
                requests.incrementAndGet();
                return "{}".getBytes(StandardCharsets.UTF_8);
            });
        }

        assertThat(requests).hasValue(1);
        assertThat(session.fact(key)).hasValue("{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void memoryHoldsTheMostRecentlyUsedWithinItsBound() {
        SessionCache session = new SessionCache(ImageCache.NONE, 600);
        byte[] a = new byte[250];
        byte[] b = new byte[250];
        byte[] c = new byte[250];
        a[0] = 'a';
        b[0] = 'b';
        c[0] = 'c';

        session.putBlob(Digest.sha256(a), a);
        session.putBlob(Digest.sha256(b), b);
        assertThat(session.blob(Digest.sha256(a))).isPresent();
        session.putBlob(Digest.sha256(c), c);

        assertThat(session.blob(Digest.sha256(b))).isEmpty();
        assertThat(session.blob(Digest.sha256(a))).isPresent();
        assertThat(session.blob(Digest.sha256(c))).isPresent();
    }

    /**
     * Two threads ask for the manifest: the first fetches it with {@code firstFetch}, which starts once
     * the second has asked too and waits; the second would fetch with {@link #fetchManifest()}.
     */
    private List<Future<byte[]>> askTwiceAtOnce(SessionCache session, ImageCache.Loader<byte[], Exception> firstFetch)
            throws InterruptedException {
        AtomicReference<Thread> second = new AtomicReference<>();
        CountDownLatch fetching = new CountDownLatch(1);
        Future<byte[]> first = threads.submit(() -> session.blob(MANIFEST_DIGEST, () -> {
            fetching.countDown();
            awaitWaiting(second);
            return firstFetch.load();
        }));
        fetching.await(10, TimeUnit.SECONDS);
        Future<byte[]> meanwhile = threads.submit(() -> {
            second.set(Thread.currentThread());
            return session.blob(MANIFEST_DIGEST, this::fetchManifest);
        });
        return List.of(first, meanwhile);
    }

    /** Returns once {@code thread} is set and parked (it waits for this fetch), or after 10 s. */
    private static void awaitWaiting(AtomicReference<Thread> thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline
                && (thread.get() == null || thread.get().getState() != Thread.State.WAITING)) {
            Thread.sleep(5);
        }
    }

    private byte[] fetchManifest() {
        requests.incrementAndGet();
        return MANIFEST;
    }
}
