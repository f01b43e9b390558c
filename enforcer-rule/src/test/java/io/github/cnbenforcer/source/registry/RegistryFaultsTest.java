package io.github.cnbenforcer.source.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.FetchException;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.image.ReferencedImage;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.source.ImageResolver;
import io.github.cnbenforcer.testing.Compression;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestLayer;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registry faults against the real registry ({@code docker-registry}, started here on 127.0.0.1),
 * behind a {@link FaultProxy} where the registry cannot misbehave on cue: each fault is a pass or a
 * clear error, well within its deadline.
 */
@Timeout(60)
class RegistryFaultsTest {
    private static final Platform AMD64 = Platform.parse("linux/amd64");
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final String BASIC = "Basic c3RhY2stcmVhZGVyOnNlY3JldA==";

    @TempDir
    static Path temp;

    private static RealRegistry registry;
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeAll
    static void startRegistry() throws Exception {
        registry = RealRegistry.start(temp);
        registry.push("stacks/build", "jammy", TestImage.compliantBuild("amd64"));
    }

    @AfterAll
    static void stopRegistry() throws Exception {
        registry.close();
    }

    private static RegistryOptions options(Map<String, String> environment) {
        return IsolatedOptions.withEnvironment(environment);
    }

    private ReferencedImage resolve(String authority, RegistryOptions options) throws Exception {
        ImageRef ref = ImageRef.parse(authority + "/stacks/build:jammy", Path.of("."));
        return ImageResolver.resolve(
                RegistrySource.open(ref, new RegistryClientPool(options, sleeps::add), ImageCache.NONE));
    }

    private static long requests(FaultProxy proxy, String pathPart) {
        return proxy.seen().stream()
                .filter(seen -> seen.path().contains(pathPart))
                .count();
    }

    @Test
    void aBurstOfServerErrorsIsRetriedToSuccess() throws Exception {
        try (FaultProxy proxy =
                FaultProxy.to(registry.authority(), "127.0.0.1").failing("/manifests/jammy", 500, 502)) {
            ReferencedImage image = resolve(proxy.authority(), options(Map.of()));

            assertThat(image.image(AMD64).config().user()).contains("1001:1000");
            assertThat(requests(proxy, "/manifests/jammy")).isEqualTo(3);
            assertThat(sleeps).hasSize(2);
        }
    }

    @Test
    void aBurstLongerThanTheTriesIsAClearError() throws Exception {
        try (FaultProxy proxy =
                FaultProxy.to(registry.authority(), "127.0.0.1").failing("/manifests/jammy", 500, 502, 503)) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> resolve(proxy.authority(), options(Map.of())))
                    .isInstanceOf(ImageReadException.class)
                    .hasMessage("the registry " + proxy.authority() + " failed to serve " + proxy.authority()
                            + "/stacks/build:jammy (HTTP 503, 3 tries): the registry has a problem; try again later");
            assertThat(elapsedSince(start)).isLessThan(BOUND);
        }
    }

    @Test
    void aBodyCutShortIsAClearError() throws Exception {
        try (FaultProxy proxy = FaultProxy.to(registry.authority(), "127.0.0.1").cuttingShort("/blobs/")) {
            long start = System.nanoTime();

            assertThatThrownBy(
                            () -> resolve(proxy.authority(), options(Map.of())).image(AMD64))
                    .isInstanceOf(ImageReadException.class)
                    .hasMessageStartingWith("reading the blob sha256:")
                    .hasMessageContaining("of " + proxy.authority() + "/stacks/build from the registry "
                            + proxy.authority()
                            + " failed: the connection to " + proxy.authority() + " broke while it answered GET /v2/"
                            + "stacks/build/blobs/sha256:");
            assertThat(elapsedSince(start)).isLessThan(BOUND);
        }
    }

    @Test
    void aRedirectToAnotherHostCarriesNoAuthorization() throws Exception {
        try (FaultProxy storage = FaultProxy.to(registry.authority(), "127.0.0.2");
                FaultProxy front = FaultProxy.to(registry.authority(), "127.0.0.1")
                        .requiring(BASIC)
                        .redirecting("/blobs/", storage.authority())) {
            String auth = "{\"" + front.authority() + "\":\"" + BASIC + "\"}";

            ReferencedImage image = resolve(front.authority(), options(Map.of("CNB_REGISTRY_AUTH", auth)));

            assertThat(image.image(AMD64).config().user()).contains("1001:1000");
            assertThat(front.seen().stream().filter(seen -> seen.path().contains("/manifests/")))
                    .allMatch(seen -> BASIC.equals(seen.authorization()));
            assertThat(storage.seen()).isNotEmpty().allMatch(seen -> seen.authorization() == null);
        }
    }

    @Test
    void theRegistryKilledBetweenManifestAndConfigIsAClearRefusal(@TempDir Path own) throws Exception {
        try (RealRegistry doomed = RealRegistry.start(own)) {
            doomed.push("stacks/build", "jammy", TestImage.compliantBuild("amd64"));
            ImageRef ref = ImageRef.parse(doomed.authority() + "/stacks/build:jammy", Path.of("."));
            RegistrySource source =
                    RegistrySource.open(ref, new RegistryClientPool(options(Map.of()), sleeps::add), ImageCache.NONE);
            source.root();
            doomed.kill();
            long start = System.nanoTime();

            assertThatThrownBy(() -> ImageResolver.resolve(source).image(AMD64))
                    .isInstanceOf(ImageReadException.class)
                    .hasMessageContaining("the registry " + doomed.authority() + " refused the connection (nothing"
                            + " listens at " + doomed.authority() + ")");
            assertThat(elapsedSince(start)).isLessThan(BOUND);
        }
    }

    @Test
    void theRegistryKilledWhileALayerStreamsIsAFetchFailure(@TempDir Path own) throws Exception {
        byte[] noise = new byte[16 * 1024 * 1024];
        new Random(11).nextBytes(noise);
        TestImage big = TestImage.compliantBuild("amd64")
                .layer(TestLayer.create().compression(Compression.NONE).file("/opt/noise", noise, 0, 0, 0644));
        try (RealRegistry doomed = RealRegistry.start(own)) {
            doomed.push("stacks/build", "jammy", big);
            PlatformImage image = resolve(doomed.authority(), options(Map.of())).image(AMD64);
            Descriptor layer = image.layers().get(1);
            long start = System.nanoTime();

            try (InputStream stream = image.openLayer(layer)) {
                stream.readNBytes(64 * 1024);
                doomed.kill();
                assertThatThrownBy(stream::readAllBytes)
                        .isInstanceOf(FetchException.class)
                        .hasMessageStartingWith("the connection to " + doomed.authority()
                                + " broke while it answered GET" + " /v2/stacks/build/blobs/" + layer.digest());
            }
            assertThat(elapsedSince(start)).isLessThan(BOUND);
        }
    }

    private static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
