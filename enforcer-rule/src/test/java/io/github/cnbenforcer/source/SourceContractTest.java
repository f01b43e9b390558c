package io.github.cnbenforcer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.image.ReferencedImage;
import io.github.cnbenforcer.pipeline.ImageSources;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.reference.Transport;
import io.github.cnbenforcer.source.registry.FakeRegistry;
import io.github.cnbenforcer.source.registry.RealRegistry;
import io.github.cnbenforcer.source.registry.RegistryOptions;
import io.github.cnbenforcer.testing.DockerArchiveWriter;
import io.github.cnbenforcer.testing.ImageBlobs;
import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestIndex;
import io.github.cnbenforcer.testing.TestLayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every image source keeps, after go-containerregistry's {@code validate}: the same blobs,
 * served by each source, resolve to the same images; the same corruption of them is refused by each.
 * Each source is read as the rule reads it, through {@link ImageSources}. A new source adds a
 * {@link Server} here.
 */
class SourceContractTest {
    private static final String REPOSITORY = "stacks/contract";
    private static final AtomicInteger PUSHES = new AtomicInteger();

    @TempDir
    static Path shared;

    private static RealRegistry realRegistry;

    @TempDir
    Path temp;

    private FakeRegistry fakeRegistry;
    private ImageSources sources;

    /** The ways an image is served: one per source (the registry's twice), each with the transport it is read by. */
    enum Server {
        OCI_LAYOUT(Transport.OCI_LAYOUT) {
            @Override
            String serve(SourceContractTest test, ImageBlobs blobs, ObjectNode root) {
                Path layout = test.temp.resolve("layout");
                OciLayoutWriter.to(layout, blobs).writeRoot(root, null);
                return "oci:" + layout;
            }
        },
        OCI_ARCHIVE(Transport.OCI_ARCHIVE) {
            @Override
            String serve(SourceContractTest test, ImageBlobs blobs, ObjectNode root) {
                Path layout = test.temp.resolve("layout");
                OciLayoutWriter.to(layout, blobs).writeRoot(root, null);
                Path archive = test.temp.resolve("image.oci.tar");
                OciLayoutWriter.archive(layout, archive);
                return "oci-archive:" + archive;
            }
        },
        DOCKER_ARCHIVE(Transport.DOCKER_ARCHIVE) {
            @Override
            String serve(SourceContractTest test, ImageBlobs blobs, ObjectNode root) {
                Path archive = test.temp.resolve("image.docker.tar");
                DockerArchiveWriter.writeTo(archive, blobs, root, "example/contract:jammy");
                return "docker-archive:" + archive;
            }
        },
        /** A registry that serves whatever it is given, corrupt content included. */
        FAKE_REGISTRY(Transport.REGISTRY) {
            @Override
            String serve(SourceContractTest test, ImageBlobs blobs, ObjectNode root) {
                test.fakeRegistry.serve(REPOSITORY, "jammy", blobs, root);
                return test.fakeRegistry.authority() + "/" + REPOSITORY + ":jammy";
            }
        },
        /** The CNCF Distribution registry, which verifies what is pushed: for intact images only. */
        REAL_REGISTRY(Transport.REGISTRY) {
            @Override
            String serve(SourceContractTest test, ImageBlobs blobs, ObjectNode root) throws Exception {
                String repository = REPOSITORY + "-" + PUSHES.incrementAndGet();
                realRegistry.push(repository, "jammy", blobs, root);
                return realRegistry.authority() + "/" + repository + ":jammy";
            }
        };

        private final Transport transport;

        Server(Transport transport) {
            this.transport = transport;
        }

        /** Serves the image {@code root} names and returns its reference. */
        abstract String serve(SourceContractTest test, ImageBlobs blobs, ObjectNode root) throws Exception;
    }

    /** The servers that can serve corrupt content: every source, through the fake registry. */
    static Stream<Server> tamperable() {
        return EnumSet.complementOf(EnumSet.of(Server.REAL_REGISTRY)).stream();
    }

    @BeforeAll
    static void startRealRegistry() throws Exception {
        realRegistry = RealRegistry.start(shared);
    }

    @AfterAll
    static void stopRealRegistry() throws Exception {
        realRegistry.close();
    }

    @BeforeEach
    void start() throws IOException {
        fakeRegistry = new FakeRegistry();
        sources = new ImageSources(
                RegistryOptions.defaults().withEnvironment(Map.of()).withUserHome(null), ImageCache.NONE);
    }

    @AfterEach
    void stop() {
        sources.close();
        fakeRegistry.close();
    }

    private ReferencedImage resolve(Server server, ImageBlobs blobs, ObjectNode root) throws Exception {
        return sources.resolve(ImageRef.parse(server.serve(this, blobs, root), temp));
    }

    private static TestImage image(String architecture) {
        return TestImage.compliantRun(architecture)
                .layer(TestLayer.create().file("/usr/share/doc/contract", "served by every source\n"));
    }

    private static Digest digestOf(ObjectNode descriptor) {
        return Digest.parse(descriptor.get("digest").asText());
    }

    @ParameterizedTest
    @EnumSource(Server.class)
    void aSinglePlatformImageResolvesToItsManifestConfigAndLayers(Server server) throws Exception {
        TestImage image = image("amd64");
        ImageBlobs blobs = ImageBlobs.create();
        ObjectNode root = blobs.image(image);

        ReferencedImage resolved = resolve(server, blobs, root);

        assertThat(resolved.isIndex()).isFalse();
        assertThat(resolved.root().digest()).isEqualTo(digestOf(root));
        assertThat(resolved.platforms()).containsExactly(Platform.parse("linux/amd64"));
        PlatformImage platformImage = resolved.image(Platform.parse("linux/amd64"));
        assertThat(platformImage.configDigest()).isEqualTo(Digest.sha256(image.configBytes()));
        assertThat(platformImage.config().user()).contains("1002:1000");
        for (Descriptor layer : platformImage.layers()) {
            try (InputStream in = platformImage.openLayer(layer)) {
                assertThat(Digest.sha256(in.readAllBytes())).isEqualTo(layer.digest());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Server.class)
    void anIndexResolvesToItsPlatformsAttestationsLeftOut(Server server) throws Exception {
        ImageBlobs blobs = ImageBlobs.create();
        ObjectNode root =
                blobs.index(TestIndex.of(image("amd64"), image("arm64")).withAttestations());

        ReferencedImage resolved = resolve(server, blobs, root);

        assertThat(resolved.isIndex()).isTrue();
        assertThat(resolved.root().digest()).isEqualTo(digestOf(root));
        assertThat(resolved.platforms()).containsExactly(Platform.parse("linux/amd64"), Platform.parse("linux/arm64"));
        assertThat(resolved.image(Platform.parse("linux/arm64")).configDigest())
                .isEqualTo(Digest.sha256(image("arm64").configBytes()));
    }

    @ParameterizedTest
    @EnumSource(Server.class)
    void dockerManifestListsResolveAsIndexes(Server server) throws Exception {
        ImageBlobs blobs = ImageBlobs.create().withDockerMediaTypes();
        ObjectNode root = blobs.index(TestIndex.of(image("amd64")));

        ReferencedImage resolved = resolve(server, blobs, root);

        assertThat(resolved.isIndex()).isTrue();
        assertThat(resolved.image(Platform.parse("linux/amd64")).config().os()).isEqualTo("linux");
    }

    @ParameterizedTest
    @MethodSource("tamperable")
    void aConfigWhoseContentIsNotItsDigestIsRefused(Server server) throws Exception {
        assertConfigRefused(
                server,
                (blobs, config) -> blobs.tamper(config, content -> replaceOnce(content, "1002:1000", "0000:1000")));
    }

    @ParameterizedTest
    @MethodSource("tamperable")
    void aConfigOfAnotherLengthIsRefused(Server server) throws Exception {
        assertConfigRefused(
                server,
                (blobs, config) -> blobs.tamper(config, content -> Arrays.copyOf(content, content.length + 1)),
                (image("amd64").configBytes().length + 1) + " bytes");
    }

    @ParameterizedTest
    @MethodSource("tamperable")
    void aPlatformManifestWhoseContentIsNotItsDigestIsRefused(Server server) throws Exception {
        ImageBlobs blobs = ImageBlobs.create();
        ObjectNode root = blobs.index(TestIndex.of(image("amd64")));
        Digest manifest = digestOf(blobs.image(image("amd64")));
        blobs.tamper(manifest, content -> replaceOnce(content, "\"schemaVersion\":2", "\"schemaVersion\":3"));

        assertRefused(server, blobs, root, manifest.abbreviated());
    }

    @ParameterizedTest
    @MethodSource("tamperable")
    void aMissingConfigIsRefused(Server server) throws Exception {
        assertConfigRefused(server, ImageBlobs::remove);
    }

    @ParameterizedTest
    @MethodSource("tamperable")
    void aLayerWhoseContentIsNotItsDigestFailsWhenRead(Server server) throws Exception {
        ImageBlobs blobs = ImageBlobs.create();
        PlatformImage image = tamperedLayer(server, blobs, content -> {
            content[content.length / 2] ^= 1;
            return content;
        });

        assertLayerFails(image, "does not match its digest");
    }

    @ParameterizedTest
    @MethodSource("tamperable")
    void aLayerCutShortFailsWhenRead(Server server) throws Exception {
        ImageBlobs blobs = ImageBlobs.create();
        PlatformImage image = tamperedLayer(server, blobs, content -> Arrays.copyOf(content, content.length / 2));

        assertLayerFails(image, "cut short");
    }

    private PlatformImage tamperedLayer(Server server, ImageBlobs blobs, UnaryOperator<byte[]> change)
            throws Exception {
        ObjectNode root = blobs.image(image("amd64"));
        Digest layer = digestOf((ObjectNode) blobs.document(root).get("layers").get(0));
        blobs.tamper(layer, change);
        return resolve(server, blobs, root).image(Platform.parse("linux/amd64"));
    }

    /** The config of an image, corrupted by {@code corrupt}, is refused by a message naming it and {@code named}. */
    private void assertConfigRefused(Server server, BiConsumer<ImageBlobs, Digest> corrupt, String... named) {
        ImageBlobs blobs = ImageBlobs.create();
        ObjectNode root = blobs.image(image("amd64"));
        Digest config = Digest.sha256(image("amd64").configBytes());
        corrupt.accept(blobs, config);

        assertRefused(
                server,
                blobs,
                root,
                Stream.concat(Stream.of(config.abbreviated()), Arrays.stream(named))
                        .toArray(String[]::new));
    }

    private void assertRefused(Server server, ImageBlobs blobs, ObjectNode root, String... named) {
        assertThatThrownBy(() -> resolve(server, blobs, root).image(Platform.parse("linux/amd64")))
                .isInstanceOf(ImageReadException.class)
                .satisfies(failure -> assertThat(failure.getMessage()).contains(named));
    }

    private static void assertLayerFails(PlatformImage image, String why) throws ImageReadException {
        Descriptor layer = image.layers().get(0);
        try (InputStream in = image.openLayer(layer)) {
            assertThatThrownBy(in::readAllBytes)
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining(layer.digest().abbreviated())
                    .hasMessageContaining(why);
        } catch (IOException e) {
            throw new AssertionError("closing the layer failed", e);
        }
    }

    private static byte[] replaceOnce(byte[] content, String from, String to) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException("no " + from + " in " + text);
        }
        return text.replaceFirst(Pattern.quote(from), to).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyTransportTheRuleReadsIsServedHere() {
        assertThat(Arrays.stream(Server.values()).map(server -> server.transport))
                .containsAll(EnumSet.allOf(Transport.class));
    }
}
