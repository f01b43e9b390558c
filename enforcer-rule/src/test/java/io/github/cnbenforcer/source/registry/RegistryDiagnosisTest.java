package io.github.cnbenforcer.source.registry;

import static io.github.cnbenforcer.source.registry.RawHttpServer.ascii;
import static io.github.cnbenforcer.source.registry.RawHttpServer.trickle;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.source.Deadline;
import io.github.cnbenforcer.testing.EncodedImage;
import io.github.cnbenforcer.testing.TestImage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The error names the true cause, as a person would diagnose it, and reaches the user escaped. */
@Timeout(30)
class RegistryDiagnosisTest {
    private static final String TERMINAL_TITLE = "\u001b]0;x\u0007";

    private static RegistryOptions options(Duration ruleDeadline) {
        return RegistryOptions.defaults()
                .withEnvironment(Map.of())
                .withUserHome(null)
                .withTimeout(Duration.ofSeconds(1))
                .withDeadline(Deadline.after(ruleDeadline));
    }

    private static String failureOf(String authority, Duration ruleDeadline) throws Exception {
        ImageRef ref = ImageRef.parse(authority + "/stacks/run:jammy", Path.of("."));
        List<Duration> sleeps = new ArrayList<>();
        RegistrySource source =
                RegistrySource.open(ref, new RegistryClientPool(options(ruleDeadline), sleeps::add), ImageCache.NONE);
        try {
            source.root();
        } catch (Exception e) {
            return e.getMessage();
        }
        throw new AssertionError("the image was read");
    }

    @Test
    void aPlainHttpRegistryWithAMalformedHeaderIsReportedWithItsOwnErrorNotATlsOne() throws Exception {
        try (RawHttpServer server = new RawHttpServer((head, out) -> out.write(
                head == null
                        ? ascii("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                        : ascii("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nWWW-Authenticate: Bearer realm=\""
                                + TERMINAL_TITLE + "\"\r\n\r\n")))) {
            String message = failureOf(server.authority(), Duration.ofMinutes(5));

            assertThat(message)
                    .startsWith("the registry " + server.authority() + " sent an answer that is not valid HTTP")
                    .contains("its plain-HTTP answer to GET /v2/ is malformed")
                    .contains("\\u001b]0;x\\u0007")
                    .doesNotContain("TLS", "truststore", "\u001b", "\u0007");
        }
    }

    @Test
    void aPortThatAcceptsAndNeverAnswersIsNotACouldNotConnect() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (Exception e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String authority = "127.0.0.1:" + silent.getLocalPort();

            assertThat(failureOf(authority, Duration.ofMinutes(5)))
                    .startsWith("the registry " + authority + " accepted the connection, then sent no data for 1 s")
                    .doesNotContain("could not be connected");
        }
    }

    @Test
    void aManifestTrickledSlowerThanTheMinimumRateFailsWithinItsDeadline() throws Exception {
        EncodedImage image = EncodedImage.of(TestImage.minimal("linux", "amd64"));
        try (RawHttpServer server = RawHttpServer.registry((head, out) -> {
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: " + MediaTypes.OCI_MANIFEST + "\r\nContent-Length: "
                    + image.manifest().length + "\r\n\r\n"));
            trickle(out, image.manifest(), Duration.ofMillis(500));
        })) {
            long start = System.nanoTime();

            assertThat(failureOf(server.authority(), Duration.ofMinutes(5)))
                    .startsWith("the registry " + server.authority() + " sent " + server.authority()
                            + "/stacks/run:jammy too slowly: not done after 2 s, the timeout plus 1 s per 64 KiB");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void theRuleDeadlineSaysWhatTheRuleWasWaitingFor() throws Exception {
        try (RawHttpServer server = RawHttpServer.registry((head, out) -> Thread.sleep(60_000))) {
            long start = System.nanoTime();

            assertThat(failureOf(server.authority(), Duration.ofSeconds(1)))
                    .isEqualTo(
                            "the rule's deadline of 1 s (<deadline>) passed while waiting for the registry "
                                    + server.authority() + " to send " + server.authority() + "/stacks/run:jammy (GET"
                                    + " /v2/stacks/run/manifests/jammy): raise <deadline>, or find out why the registry is slow");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
        }
    }
}
