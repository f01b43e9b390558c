package io.github.cnbenforcer.source.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.FetchException;
import io.github.cnbenforcer.image.ImageContent;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.ReferencedImage;
import io.github.cnbenforcer.pipeline.ImageSources;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.source.ImageResolver;
import io.github.cnbenforcer.source.VerifiedContent;
import io.github.cnbenforcer.source.registry.FakeRegistry.Answer;
import io.github.cnbenforcer.source.registry.auth.ServerLogin;
import io.github.cnbenforcer.testing.EncodedImage;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestIndex;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegistrySourceTest {
    private static final String REPOSITORY = "stacks/run";
    private final List<Duration> sleeps = new ArrayList<>();

    @AutoClose
    private final FakeRegistry registry = FakeRegistry.start();

    private RegistrySource open(String qualifier) throws Exception {
        return open(qualifier, IsolatedOptions.of());
    }

    private RegistrySource open(String qualifier, RegistryOptions options) throws Exception {
        String separator = qualifier.startsWith("sha256:") ? "@" : ":";
        ImageRef ref = ImageRef.parse(registry.authority() + "/" + REPOSITORY + separator + qualifier, Path.of("."));
        return RegistrySource.open(ref, new RegistryClientPool(options, sleeps::add), ImageCache.NONE);
    }

    private String manifestPath(String qualifier) {
        return "/v2/" + REPOSITORY + "/manifests/" + qualifier;
    }

    @Test
    void resolvesASinglePlatformImageWithOneRequestForTheManifestAndOneForTheConfig() throws Exception {
        EncodedImage image = registry.serve(REPOSITORY, "jammy", TestImage.minimal("linux", "amd64"));

        ReferencedImage resolved = ImageResolver.resolve(open("jammy"));

        Platform platform = resolved.platforms().get(0);
        assertThat(platform).hasToString("linux/amd64");
        assertThat(resolved.image(platform).configDigest()).isEqualTo(image.configDigest());
        assertThat(resolved.root().digest()).isEqualTo(image.manifestDigest());
        assertThat(registry.requests())
                .extracting(FakeRegistry.Request::path)
                .containsExactly("/v2/", manifestPath("jammy"), "/v2/" + REPOSITORY + "/blobs/" + image.configDigest());
    }

    @Test
    void asksForIndexesAndManifestsOfBothOciAndDocker() throws Exception {
        registry.serve(REPOSITORY, "jammy", TestImage.minimal("linux", "amd64"));

        open("jammy").root();

        assertThat(registry.requests("GET", manifestPath("jammy")).get(0).header("Accept"))
                .contains(
                        MediaTypes.OCI_INDEX,
                        MediaTypes.DOCKER_MANIFEST_LIST,
                        MediaTypes.OCI_MANIFEST,
                        MediaTypes.DOCKER_MANIFEST);
    }

    @Test
    void readsAnIndexOnceAndEachPlatformByDigest() throws Exception {
        registry.serve(
                REPOSITORY,
                "jammy",
                TestIndex.of(TestImage.minimal("linux", "amd64"), TestImage.minimal("linux", "arm64")));

        ReferencedImage resolved = ImageResolver.resolve(open("jammy"));
        for (Platform platform : resolved.platforms()) {
            resolved.image(platform);
        }

        assertThat(resolved.isIndex()).isTrue();
        assertThat(resolved.platforms()).extracting(Platform::toString).containsExactly("linux/amd64", "linux/arm64");
        assertThat(registry.requests("GET", manifestPath("jammy"))).hasSize(1);
        assertThat(registry.requests()).hasSize(6);
    }

    @Test
    void aDigestPinnedReferenceRefusesOtherContent() throws Exception {
        EncodedImage wanted = EncodedImage.of(TestImage.minimal("linux", "amd64"));
        EncodedImage other = EncodedImage.of(TestImage.minimal("linux", "arm64"));
        registry.serve(
                "GET",
                manifestPath(wanted.manifestDigest().toString()),
                Answer.ok(other.manifest(), MediaTypes.OCI_MANIFEST));

        RegistrySource source = open(wanted.manifestDigest().toString());

        assertThatThrownBy(() -> ImageResolver.resolve(source))
                .isInstanceOf(ImageReadException.class)
                .hasMessageContaining("the registry " + registry.authority())
                .hasMessageContaining(registry.authority() + "/" + REPOSITORY + "@" + wanted.manifestDigest())
                .hasMessageContaining(
                        "whose digest is " + other.manifestDigest().abbreviated())
                .hasMessageContaining("it was asked for");
    }

    @Test
    void contentThatDiffersFromDockerContentDigestIsRefused() throws Exception {
        EncodedImage image = EncodedImage.of(TestImage.minimal("linux", "amd64"));
        registry.serve(
                "GET",
                manifestPath("jammy"),
                Answer.ok(image.manifest(), MediaTypes.OCI_MANIFEST)
                        .withHeader(
                                "Docker-Content-Digest",
                                Digest.sha256("other".getBytes(StandardCharsets.UTF_8))
                                        .toString()));

        assertThatThrownBy(() -> ImageResolver.resolve(open("jammy"))).hasMessageContaining("Docker-Content-Digest");
    }

    @Test
    void aConfigWithTheWrongDigestIsRefused() throws Exception {
        EncodedImage image = registry.serve(REPOSITORY, "jammy", TestImage.minimal("linux", "amd64"));
        byte[] tampered = new String(image.config(), StandardCharsets.UTF_8)
                .replace("1000", "0000")
                .getBytes(StandardCharsets.UTF_8);
        registry.serve(
                "GET",
                "/v2/" + REPOSITORY + "/blobs/" + image.configDigest(),
                Answer.ok(tampered, "application/octet-stream"));

        assertThatThrownBy(() -> ImageResolver.resolve(open("jammy")))
                .hasMessageContaining("the blob " + image.configDigest().abbreviated())
                .hasMessageContaining("whose digest is");
    }

    @Test
    void aLayerWithTheWrongDigestFailsAtTheEndOfItsStream() throws Exception {
        byte[] layer = "layer content".getBytes(StandardCharsets.UTF_8);
        Descriptor descriptor = Descriptor.of(
                MediaTypes.OCI_LAYER, Digest.sha256("other content".getBytes(StandardCharsets.UTF_8)), layer.length);
        registry.serve(
                "GET",
                "/v2/" + REPOSITORY + "/blobs/" + descriptor.digest(),
                Answer.ok(layer, "application/octet-stream"));

        try (InputStream stream = new VerifiedContent(open("jammy")).open(descriptor)) {
            assertThatThrownBy(stream::readAllBytes)
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("does not match its digest");
        }
    }

    @Test
    void aTruncatedLayerFailsAtTheEndOfItsStream() throws Exception {
        byte[] layer = new byte[100_000];
        Descriptor descriptor = Descriptor.of(MediaTypes.OCI_LAYER, Digest.sha256(layer), layer.length);
        try (RawHttpServer dropping = RawHttpServer.dropping(layer, 1000, "application/octet-stream")) {
            ImageRef ref = ImageRef.parse(dropping.authority() + "/" + REPOSITORY + ":jammy", Path.of("."));
            RegistrySource source = RegistrySource.open(
                    ref, new RegistryClientPool(IsolatedOptions.of(), sleeps::add), ImageCache.NONE);

            try (InputStream stream = new VerifiedContent(source).open(descriptor)) {
                assertThatThrownBy(stream::readAllBytes)
                        .isInstanceOf(FetchException.class)
                        .hasMessageContaining(
                                "the connection to " + dropping.authority() + " broke while it answered GET");
            }
        }
    }

    @Test
    void aTruncatedManifestIsAClearError() throws Exception {
        EncodedImage image = EncodedImage.of(TestImage.minimal("linux", "amd64"));
        try (RawHttpServer dropping = RawHttpServer.dropping(image.manifest(), 20, MediaTypes.OCI_MANIFEST)) {
            ImageRef ref = ImageRef.parse(dropping.authority() + "/" + REPOSITORY + ":jammy", Path.of("."));
            RegistrySource source = RegistrySource.open(
                    ref, new RegistryClientPool(IsolatedOptions.of(), sleeps::add), ImageCache.NONE);

            assertThatThrownBy(source::root)
                    .isInstanceOf(ImageReadException.class)
                    .hasMessageContaining(dropping.authority() + "/" + REPOSITORY + ":jammy")
                    .hasMessageContaining("the registry " + dropping.authority());
        }
    }

    @Test
    void aManifestOverTheSizeLimitIsRefused() throws Exception {
        byte[] huge = new byte[(int) ImageContent.MAX_MANIFEST_BYTES + 1];
        registry.serve("GET", manifestPath("huge"), Answer.ok(huge, MediaTypes.OCI_MANIFEST));

        assertThatThrownBy(open("huge")::root)
                .hasMessageContaining("larger than 4 MiB")
                .hasMessageContaining(REPOSITORY + ":huge");
    }

    @Test
    void aDescriptorOverTheSizeLimitIsRefusedWithoutARequest() throws Exception {
        Descriptor config =
                Descriptor.of(MediaTypes.OCI_CONFIG, Digest.sha256(new byte[1]), ImageContent.MAX_CONFIG_BYTES + 1);

        assertThatThrownBy(() -> new VerifiedContent(open("jammy")).read(config, ImageContent.MAX_CONFIG_BYTES))
                .hasMessageContaining("larger than 8 MiB");
        assertThat(registry.requests()).isEmpty();
    }

    @Test
    void aMissingTagSaysSo() throws Exception {
        registry.serve(
                "GET",
                manifestPath("nope"),
                Answer.json(404, "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\"}]}"));

        assertThatThrownBy(open("nope")::root)
                .hasMessageContaining("the registry " + registry.authority() + " has no tag 'nope' in the"
                        + " repository '" + REPOSITORY + "'")
                .hasMessageContaining("MANIFEST_UNKNOWN")
                .hasMessageContaining("skopeo list-tags docker://" + registry.authority() + "/" + REPOSITORY);
    }

    @Test
    void aMissingRepositorySaysSo() throws Exception {
        registry.serve(
                "GET",
                manifestPath("jammy"),
                Answer.json(
                        404, "{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"repository name not known\"}]}"));

        assertThatThrownBy(open("jammy")::root)
                .hasMessageContaining(
                        "the repository '" + REPOSITORY + "' does not exist in the registry " + registry.authority());
    }

    @Test
    void anonymousAccessThatIsRefusedSaysWhereCredentialsGo() throws Exception {
        registry.serve(
                "GET",
                manifestPath("jammy"),
                Answer.json(401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}")
                        .withHeader("WWW-Authenticate", "Basic realm=\"fake\""));

        assertThatThrownBy(open("jammy")::root)
                .hasMessageContaining("requires authentication for the repository '" + REPOSITORY + "'")
                .hasMessageContaining("no credentials were found")
                .hasMessageContaining("<id>" + registry.authority() + "</id> (or 127.0.0.1)")
                .hasMessageContaining("CNB_REGISTRY_AUTH");
    }

    @Test
    void refusedCredentialsAreNamedByTheirSourceNeverByTheirSecret() throws Exception {
        registry.serve(
                "GET",
                manifestPath("jammy"),
                Answer.json(401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}")
                        .withHeader("WWW-Authenticate", "Basic realm=\"fake\""));
        RegistryOptions withLogin = IsolatedOptions.of()
                .withSettingsServers(id -> id.equals("127.0.0.1")
                        ? Optional.of(new ServerLogin("127.0.0.1", "alice", "s3cret-pass"))
                        : Optional.empty());

        assertThatThrownBy(open("jammy", withLogin)::root)
                .hasMessageContaining("refused the credentials from settings.xml server '127.0.0.1'")
                .hasMessageNotContaining("s3cret-pass")
                .hasMessageNotContaining(
                        Base64.getEncoder().encodeToString("alice:s3cret-pass".getBytes(StandardCharsets.UTF_8)));
        List<FakeRegistry.Request> manifestRequests = registry.requests("GET", manifestPath("jammy"));
        assertThat(manifestRequests).hasSize(2);
        assertThat(manifestRequests.get(0).authorization()).isNull();
        assertThat(manifestRequests.get(1).authorization()).startsWith("Basic ");
    }

    @Test
    void deniedAccessNamesTheCredentialSource() throws Exception {
        registry.serve(
                "GET",
                manifestPath("jammy"),
                Answer.json(401, "{}").withHeader("WWW-Authenticate", "Basic realm=\"fake\""),
                Answer.json(403, "{\"errors\":[{\"code\":\"DENIED\"}]}"));
        RegistryOptions withLogin = IsolatedOptions.of()
                .withEnvironment(
                        Map.of("CNB_REGISTRY_AUTH", "{\"" + registry.authority() + "\":\"Bearer very-secret\"}"));

        assertThatThrownBy(open("jammy", withLogin)::root)
                .hasMessageContaining("denied access to the repository '" + REPOSITORY + "' (HTTP 403, DENIED)"
                        + " with credentials from CNB_REGISTRY_AUTH")
                .hasMessageNotContaining("very-secret");
    }

    @Test
    void imageSourcesOpensRegistryReferences() throws Exception {
        registry.serve(REPOSITORY, "jammy", TestImage.minimal("linux", "amd64"));
        ImageRef ref = ImageRef.parse("docker://" + registry.authority() + "/" + REPOSITORY + ":jammy", Path.of("."));

        try (ImageSources sources = new ImageSources(IsolatedOptions.of(), ImageCache.NONE)) {
            ReferencedImage image = sources.resolve(ref);
            assertThat(image.location()).isEqualTo("registry " + registry.authority());
            assertThat(image.reference()).isEqualTo(ref.text());
            assertThat(image.root().mediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
        }
    }

    @Test
    void rateLimitingIsWaitedOutAsRetryAfterSays() throws Exception {
        EncodedImage image = EncodedImage.of(TestImage.minimal("linux", "amd64"));
        registry.serve(
                "GET",
                manifestPath("jammy"),
                Answer.of(429).withHeader("Retry-After", "2"),
                Answer.ok(image.manifest(), MediaTypes.OCI_MANIFEST));

        assertThat(open("jammy").root().digest()).isEqualTo(image.manifestDigest());
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void aFailingRegistryIsTriedThreeTimes() throws Exception {
        registry.serve("GET", manifestPath("jammy"), Answer.of(503));

        assertThatThrownBy(open("jammy")::root).hasMessageContaining("HTTP 503").hasMessageContaining("3 tries");
        assertThat(registry.requests("GET", manifestPath("jammy"))).hasSize(3);
    }

    @Test
    void schemaOneManifestsAreRefusedWithAdvice() throws Exception {
        registry.serve(
                "GET",
                manifestPath("old"),
                Answer.ok(
                        "{}".getBytes(StandardCharsets.UTF_8),
                        "application/vnd.docker.distribution.manifest.v1+prettyjws"));

        assertThatThrownBy(open("old")::root).hasMessageContaining("schema 1");
    }

    @Test
    void aClosedPortIsAConnectionRefused() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ImageRef ref = ImageRef.parse("127.0.0.1:" + closedPort + "/" + REPOSITORY + ":jammy", Path.of("."));

        assertThatThrownBy(() -> RegistrySource.open(
                                ref, new RegistryClientPool(IsolatedOptions.of(), sleeps::add), ImageCache.NONE)
                        .root())
                .hasMessageContaining("the registry 127.0.0.1:" + closedPort + " refused the connection");
    }

    static Stream<Arguments> stalledAnswers() {
        byte[] manifest = EncodedImage.of(TestImage.minimal("linux", "amd64")).manifest();
        return Stream.of(
                Arguments.of("before the headers", Answer.of(200).stallingBeforeHeaders(Duration.ofSeconds(5))),
                Arguments.of(
                        "in the body",
                        Answer.ok(manifest, MediaTypes.OCI_MANIFEST).stallingInBody(Duration.ofSeconds(5))));
    }

    @ParameterizedTest(name = "stalling {0}")
    @MethodSource("stalledAnswers")
    void aRegistryThatStopsSendingTimesOut(String where, Answer stalled) throws Exception {
        registry.serve("GET", manifestPath("jammy"), stalled);
        RegistrySource source = open("jammy", IsolatedOptions.of().withTimeout(Duration.ofSeconds(1)));
        long start = System.nanoTime();

        assertThatThrownBy(source::root)
                .hasMessageContaining("the registry " + registry.authority()
                        + " accepted the connection, then sent no data for 1 s while sending");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }
}
