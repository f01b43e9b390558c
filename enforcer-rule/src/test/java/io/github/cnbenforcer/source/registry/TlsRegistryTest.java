package io.github.cnbenforcer.source.registry;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.cnbenforcer.cache.FactKey;
import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.cache.SessionCache;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.source.VerifiedContent;
import io.github.cnbenforcer.testing.EncodedImage;
import io.github.cnbenforcer.testing.TestImage;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry with a self-signed certificate for another host name. */
class TlsRegistryTest {
    private static final char[] STORE_PASSWORD = "changeit".toCharArray();
    private static HttpsServer server;
    private static EncodedImage image;

    @BeforeAll
    static void start(@TempDir Path temp) throws Exception {
        Path keystore = temp.resolve("registry.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-keystore",
                        keystore.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        "changeit",
                        "-alias",
                        "registry",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=registry.invalid")
                .redirectErrorStream(true)
                .start();
        keytool.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, STORE_PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, STORE_PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);

        image = EncodedImage.of(TestImage.minimal("linux", "amd64"));
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = path.endsWith("/manifests/jammy")
                    ? image.manifest()
                    : path.endsWith("/blobs/" + image.configDigest()) ? image.config() : "{}".getBytes();
            exchange.getResponseHeaders()
                    .add("Content-Type", path.contains("/manifests/") ? MediaTypes.OCI_MANIFEST : "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static RegistrySource open(RegistryOptions options) throws Exception {
        ImageRef ref = ImageRef.parse("127.0.0.1:" + server.getAddress().getPort() + "/stacks/run:jammy", Path.of("."));
        return RegistrySource.open(ref, new RegistryClientPool(options, duration -> {}), ImageCache.NONE);
    }

    @Test
    void aRegistryRememberedAsPlainHttpThatNowSpeaksTlsIsProbedAgain() throws Exception {
        SessionCache session = new SessionCache(ImageCache.NONE);
        ImageRef ref = ImageRef.parse("127.0.0.1:" + server.getAddress().getPort() + "/stacks/run:jammy", Path.of("."));
        session.putFact(
                FactKey.of(
                        "registry-scheme-v1",
                        List.of(Digest.sha256(
                                ref.registryReference().orElseThrow().registry().getBytes(UTF_8)))),
                "http".getBytes(UTF_8));
        RegistryClientPool pool =
                new RegistryClientPool(IsolatedOptions.of().withAllowInsecureRegistries(true), wait -> {}, session);

        RegistrySource source = RegistrySource.open(ref, pool, session);

        assertThat(source.root().digest()).isEqualTo(image.manifestDigest());
    }

    @Test
    void anUntrustedCertificateFailsWithAdvice() throws Exception {
        RegistrySource source = open(IsolatedOptions.of());

        assertThatThrownBy(source::root)
                .hasMessageContaining(
                        "TLS with the registry 127.0.0.1:" + server.getAddress().getPort() + " failed")
                .hasMessageContaining("truststore")
                .hasMessageContaining("<allowInsecureRegistries>true</allowInsecureRegistries>");
    }

    @Test
    void allowInsecureRegistriesReadsOverUnverifiedTls() throws Exception {
        RegistrySource source = open(IsolatedOptions.of().withAllowInsecureRegistries(true));

        assertThat(source.root().digest()).isEqualTo(image.manifestDigest());
        assertThat(new VerifiedContent(source).read(source.root(), 1 << 20)).isEqualTo(image.manifest());
        assertThat(List.of(source.location()))
                .containsExactly("registry 127.0.0.1:" + server.getAddress().getPort());
    }
}
