package io.github.cnbenforcer.source.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.cache.DiskCache;
import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.cache.SessionCache;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.ReferencedImage;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.source.ImageResolver;
import io.github.cnbenforcer.source.registry.FakeRegistry.Answer;
import io.github.cnbenforcer.source.registry.FakeRegistry.Request;
import io.github.cnbenforcer.testing.EncodedImage;
import io.github.cnbenforcer.testing.RecordingSourceLog;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry read through the rule's cache: a session asks each thing once, a pinned reference that
 * is cached costs no request, a cached tag one HEAD, and offline builds read what the cache holds.
 * Requests are counted at the fake registry.
 */
class CachedRegistrySourceTest {
    private static final String REPOSITORY = "stacks/run";

    @TempDir
    Path cacheDirectory;

    private final RecordingSourceLog log = new RecordingSourceLog();

    @AutoClose
    private final FakeRegistry registry = FakeRegistry.start();

    /** A new Maven session, in front of the disk cache. */
    private SessionCache session() throws IOException {
        return new SessionCache(DiskCache.open(cacheDirectory, DiskCache.DEFAULT_MAX_BYTES, message -> {}));
    }

    private RegistryOptions options(boolean offline) {
        return IsolatedOptions.of().withOffline(offline).withLog(log);
    }

    /** Reads the image and every platform of it, as a run does. */
    private ReferencedImage read(String reference, ImageCache cache, boolean offline) throws Exception {
        ImageRef ref = ImageRef.parse(registry.authority() + "/" + REPOSITORY + reference, Path.of("."));
        RegistryClientPool pool = new RegistryClientPool(options(offline), wait -> {}, cache);
        ReferencedImage image = ImageResolver.resolve(RegistrySource.open(ref, pool, cache), cache);
        for (Platform platform : image.platforms()) {
            image.image(platform);
        }
        return image;
    }

    private ReferencedImage read(String reference, ImageCache cache) throws Exception {
        return read(reference, cache, false);
    }

    /** The requests since the last call, as {@code METHOD path}. */
    private List<String> requestsSince(int[] seen) {
        List<Request> all = registry.requests();
        List<String> recent = all.subList(seen[0], all.size()).stream()
                .map(request -> request.method() + " " + request.path())
                .toList();
        seen[0] = all.size();
        return recent;
    }

    private String manifestPath(Object qualifier) {
        return "/v2/" + REPOSITORY + "/manifests/" + qualifier;
    }

    private String blobPath(Digest digest) {
        return "/v2/" + REPOSITORY + "/blobs/" + digest;
    }

    @Test
    void aReactorOfModulesAsksEachThingOnce() throws Exception {
        registry.serve(
                REPOSITORY,
                "jammy",
                TestIndex.of(TestImage.minimal("linux", "amd64"), TestImage.minimal("linux", "arm64")));
        SessionCache session = new SessionCache(ImageCache.NONE);
        int[] seen = {0};

        read(":jammy", session);
        List<String> oneModule = requestsSince(seen);
        for (int module = 2; module <= 20; module++) {
            read(":jammy", session);
        }

        assertThat(oneModule).hasSize(6).startsWith("GET /v2/"); // the probe, the index, 2 manifests, 2 configs
        assertThat(requestsSince(seen)).isEmpty();
    }

    @Test
    void aPinnedReferenceThatIsCachedNeedsNoRequest() throws Exception {
        EncodedImage image = registry.serve(REPOSITORY, "jammy", TestImage.minimal("linux", "amd64"));
        String pinned = "@" + image.manifestDigest();
        read(pinned, session());
        int[] seen = {registry.requests().size()};

        ReferencedImage again = read(pinned, session());

        assertThat(registry.requests()).hasSize(seen[0]);
        assertThat(again.root().digest()).isEqualTo(image.manifestDigest());
        assertThat(again.image(again.platforms().get(0)).configDigest()).isEqualTo(image.configDigest());
    }

    @Test
    void aCachedTagIsRevalidatedWithOneHeadRequest() throws Exception {
        EncodedImage image = registry.serve(REPOSITORY, "jammy", TestImage.minimal("linux", "amd64"));
        int[] seen = {0};
        read(":jammy", session());
        assertThat(requestsSince(seen))
                .containsExactly("GET /v2/", "GET " + manifestPath("jammy"), "GET " + blobPath(image.configDigest()));

        ReferencedImage again = read(":jammy", session());

        assertThat(requestsSince(seen)).containsExactly("HEAD " + manifestPath("jammy"));
        assertThat(again.root().digest()).isEqualTo(image.manifestDigest());
    }

    @Test
    void aTagThatMovedIsReadAgain() throws Exception {
        registry.serve(REPOSITORY, "jammy", TestImage.minimal("linux", "amd64"));
        read(":jammy", session());
        EncodedImage moved = registry.serve(
                REPOSITORY, "jammy", TestImage.minimal("linux", "amd64").user("1001"));
        int[] seen = {registry.requests().size()};

        ReferencedImage again = read(":jammy", session());

        assertThat(again.root().digest()).isEqualTo(moved.manifestDigest());
        assertThat(requestsSince(seen))
                .containsExactly(
                        "HEAD " + manifestPath("jammy"),
                        "GET " + manifestPath(moved.manifestDigest()),
                        "GET " + blobPath(moved.configDigest()));
    }

    @Test
    void aRegistryThatSendsNoDigestOnHeadIsAskedWithGet() throws Exception {
        EncodedImage image = registry.serve(REPOSITORY, "jammy", TestImage.minimal("linux", "amd64"));
        read(":jammy", session());
        registry.serve("HEAD", manifestPath("jammy"), Answer.of(200).withHeader("Content-Length", "10"));
        int[] seen = {registry.requests().size()};

        ReferencedImage again = read(":jammy", session());

        assertThat(again.root().digest()).isEqualTo(image.manifestDigest());
        assertThat(requestsSince(seen))
                .containsExactly("HEAD " + manifestPath("jammy"), "GET " + manifestPath("jammy"));
    }

    @Test
    void aCachedTagThatIsGoneSaysSoAsAGetWould() throws Exception {
        registry.serve(REPOSITORY, "jammy", TestImage.minimal("linux", "amd64"));
        read(":jammy", session());
        String missing = "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\"}]}";
        registry.serve("HEAD", manifestPath("jammy"), Answer.of(404));
        registry.serve("GET", manifestPath("jammy"), Answer.json(404, missing));

        assertThatThrownBy(() -> read(":jammy", session()))
                .isInstanceOf(ImageReadException.class)
                .hasMessageContaining("has no tag 'jammy' in the repository 'stacks/run' (HTTP 404, MANIFEST_UNKNOWN)");
    }

    @Test
    void aCorruptEntryIsDroppedAndReadAgain() throws Exception {
        EncodedImage image = registry.serve(REPOSITORY, "jammy", TestImage.minimal("linux", "amd64"));
        String pinned = "@" + image.manifestDigest();
        read(pinned, session());
        try (Stream<Path> files = Files.walk(cacheDirectory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.getFileName().toString().equals(image.configDigest().hex())) {
                    Files.write(file, "{\"corrupt\":true}".getBytes());
                }
            }
        }
        int[] seen = {registry.requests().size()};

        ReferencedImage again = read(pinned, session());

        assertThat(again.image(again.platforms().get(0)).configDigest()).isEqualTo(image.configDigest());
        assertThat(requestsSince(seen)).containsExactly("GET " + blobPath(image.configDigest()));
    }

    @Test
    void theSchemeOfAPlainHttpRegistryIsProbedOncePerSession() throws Exception {
        registry.serve(REPOSITORY, "jammy", TestImage.minimal("linux", "amd64"));
        registry.serve("other/run", "jammy", TestImage.minimal("linux", "amd64"));
        SessionCache session = session();

        read(":jammy", session);
        ImageResolver.resolve(
                RegistrySource.open(
                        ImageRef.parse(registry.authority() + "/other/run:jammy", Path.of(".")),
                        new RegistryClientPool(options(false), wait -> {}, session),
                        session),
                session);

        assertThat(registry.requests("GET", "/v2/")).hasSize(1);
    }

    @Test
    void withoutADiskCacheEverySessionAsksAgain() throws Exception {
        registry.serve(REPOSITORY, "jammy", TestImage.minimal("linux", "amd64"));
        int[] seen = {0};
        read(":jammy", new SessionCache(ImageCache.NONE));
        List<String> first = requestsSince(seen);

        read(":jammy", new SessionCache(ImageCache.NONE));

        assertThat(requestsSince(seen)).isEqualTo(first).hasSize(3);
    }

    @Test
    void offlineAPinnedReferenceThatIsCachedIsRead() throws Exception {
        EncodedImage image = registry.serve(REPOSITORY, "jammy", TestImage.minimal("linux", "amd64"));
        read("@" + image.manifestDigest(), session());
        int before = registry.requests().size();

        ReferencedImage offline = read("@" + image.manifestDigest(), session(), true);

        assertThat(offline.root().digest()).isEqualTo(image.manifestDigest());
        assertThat(registry.requests()).hasSize(before);
    }

    @Test
    void offlineACachedTagIsReadAndTheLogSaysItWasNotRevalidated() throws Exception {
        EncodedImage image = registry.serve(REPOSITORY, "jammy", TestImage.minimal("linux", "amd64"));
        read(":jammy", session());
        int before = registry.requests().size();

        ReferencedImage offline = read(":jammy", session(), true);

        assertThat(offline.root().digest()).isEqualTo(image.manifestDigest());
        assertThat(registry.requests()).hasSize(before);
        assertThat(log.infos())
                .singleElement()
                .asString()
                .startsWith("Maven runs offline (-o): the tag " + registry.authority() + "/" + REPOSITORY
                        + ":jammy is not revalidated; it named "
                        + image.manifestDigest().abbreviated()
                        + " when the registry last confirmed it, at ");
    }

    @Test
    void offlineWhatTheCacheDoesNotHoldFailsClearly() throws Exception {
        EncodedImage image = EncodedImage.of(TestImage.minimal("linux", "amd64"));

        assertThatThrownBy(() -> read(":jammy", session(), true))
                .isInstanceOf(ImageReadException.class)
                .hasMessage("Maven runs offline (-o) and the rule's cache does not hold " + registry.authority() + "/"
                        + REPOSITORY + ":jammy, so the registry " + registry.authority() + " would have to be"
                        + " contacted for " + registry.authority() + "/" + REPOSITORY + ":jammy: run once without -o"
                        + " to fill the cache, or copy the image with 'skopeo copy --all docker://"
                        + registry.authority() + "/" + REPOSITORY + ":jammy oci:DIR' and use oci:DIR");
        assertThatThrownBy(() -> read("@" + image.manifestDigest(), session(), true))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith("Maven runs offline (-o) and the rule's cache does not hold");
        assertThat(registry.requests()).isEmpty();
    }
}
