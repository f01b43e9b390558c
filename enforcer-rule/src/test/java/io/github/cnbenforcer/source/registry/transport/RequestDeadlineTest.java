package io.github.cnbenforcer.source.registry.transport;

import static io.github.cnbenforcer.source.registry.RawHttpServer.ascii;
import static io.github.cnbenforcer.source.registry.RawHttpServer.trickle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.source.Deadline;
import io.github.cnbenforcer.source.registry.RawHttpServer;
import io.github.cnbenforcer.source.registry.RegistryOptions;
import io.github.cnbenforcer.source.registry.transport.TransferTimeoutException.Kind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every request ends by its deadline however the server misbehaves: a body or headers trickled one
 * byte at a time, a port that accepts and never answers, a Retry-After longer than the rule's
 * deadline. Each test bounds its time (a hang fails it), without measuring speed.
 */
@Timeout(30)
class RequestDeadlineTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** Generous: the bounds here are about not hanging, not about speed. */
    private static final Duration SLACK = Duration.ofSeconds(4);

    private static HttpTransport http(Duration ruleDeadline, Sleeper sleeper) {
        return RegistryOptions.defaults()
                .withTimeout(TIMEOUT)
                .withDeadline(Deadline.after(ruleDeadline))
                .httpTransport(sleeper);
    }

    private static Response get(HttpTransport http, String authority, long expectedBytes) throws IOException {
        return http.send(
                http.newRequest(URI.create("http://" + authority + "/blob"))
                        .GET()
                        .build(),
                expectedBytes);
    }

    private static TransferTimeoutException readFully(Response response) {
        try (response) {
            response.body().readAllBytes();
        } catch (TransferTimeoutException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError("expected a transfer timeout", e);
        }
        throw new AssertionError("the body arrived in full");
    }

    @Test
    void aBodyTrickledFasterThanTheTimeoutStopsAtItsRequestDeadline() throws Exception {
        try (RawHttpServer server = new RawHttpServer((head, out) -> {
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"));
            trickle(out, new byte[100], Duration.ofMillis(300));
        })) {
            long start = System.nanoTime();
            TransferTimeoutException stopped =
                    readFully(get(http(Duration.ofMinutes(5), Sleeper.REAL), server.authority(), 1 << 20));

            assertThat(stopped.kind()).isEqualTo(Kind.TOO_SLOW);
            assertThat(stopped.limit()).isEqualTo(Duration.ofSeconds(2));
            assertThat(stopped)
                    .hasMessage(
                            server.authority() + " did not finish answering GET /blob within 2 s (the timeout of 1 s"
                                    + " plus 1 s per 64 KiB of the 100 bytes expected: less than 64 KiB/s)");
            assertThat(elapsedSince(start)).isLessThan(Duration.ofSeconds(2).plus(SLACK));
        }
    }

    @Test
    void headersTrickledOneByteAtATimeStopAtTheTimeout() throws Exception {
        try (RawHttpServer server = new RawHttpServer((head, out) ->
                trickle(out, ascii("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"), Duration.ofMillis(300)))) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> get(http(Duration.ofMinutes(5), Sleeper.REAL), server.authority(), 0))
                    .isInstanceOfSatisfying(
                            TransferTimeoutException.class,
                            e -> assertThat(e.kind()).isEqualTo(Kind.NO_ANSWER));
            assertThat(elapsedSince(start)).isLessThan(TIMEOUT.plus(SLACK));
        }
    }

    @Test
    void theRuleDeadlineEndsATransferThatItsOwnDeadlineWouldAllow() throws Exception {
        try (RawHttpServer server = new RawHttpServer((head, out) -> {
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Length: 4194304\r\n\r\n"));
            trickle(out, new byte[4 * 1024 * 1024], Duration.ofMillis(300));
        })) {
            long start = System.nanoTime();
            TransferTimeoutException stopped =
                    readFully(get(http(Duration.ofSeconds(2), Sleeper.REAL), server.authority(), 4 << 20));

            assertThat(stopped.kind()).isEqualTo(Kind.RULE_DEADLINE);
            assertThat(stopped)
                    .hasMessage("the rule's deadline of 2 s (<deadline>) passed while waiting for " + server.authority()
                            + " to answer GET /blob");
            assertThat(elapsedSince(start)).isLessThan(Duration.ofSeconds(2).plus(SLACK));
        }
    }

    @Test
    void aPortThatAcceptsAndNeverAnswersConnectedButSentNothing() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = acceptForever(silent);
            long start = System.nanoTime();

            assertThatThrownBy(() ->
                            get(http(Duration.ofMinutes(5), Sleeper.REAL), "127.0.0.1:" + silent.getLocalPort(), 0))
                    .isInstanceOfSatisfying(
                            TransferTimeoutException.class,
                            e -> assertThat(e.kind()).isEqualTo(Kind.NO_ANSWER))
                    .hasMessageContaining("accepted the connection, then sent no data for 1 s");
            assertThat(elapsedSince(start)).isLessThan(TIMEOUT.plus(SLACK));
            assertThat(accepted).isNotEmpty();
        }
    }

    @Test
    void aPortWhoseQueueIsFullCouldNotBeConnectedTo() throws Exception {
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> queued = fillBacklog(full);
            try {
                assertThatThrownBy(() ->
                                get(http(Duration.ofMinutes(5), Sleeper.REAL), "127.0.0.1:" + full.getLocalPort(), 0))
                        .isInstanceOf(HttpConnectTimeoutException.class);
            } finally {
                for (Socket socket : queued) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void aRetryAfterLongerThanTheRuleDeadlineEndsAtTheDeadline() throws Exception {
        try (RawHttpServer server = new RawHttpServer((head, out) ->
                out.write(ascii("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 10\r\nContent-Length: 0\r\n\r\n")))) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> get(http(Duration.ofSeconds(1), Sleeper.REAL), server.authority(), 0))
                    .isInstanceOfSatisfying(
                            TransferTimeoutException.class,
                            e -> assertThat(e.kind()).isEqualTo(Kind.RULE_DEADLINE));
            assertThat(elapsedSince(start)).isLessThan(Duration.ofSeconds(1).plus(SLACK));
        }
    }

    private static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Accepts every connection and holds it open without a word. */
    private static List<Socket> acceptForever(ServerSocket server) {
        List<Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    accepted.add(server.accept());
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return accepted;
    }

    /** Connections that fill a listening socket's accept queue, which it never empties: new ones are not answered. */
    private static List<Socket> fillBacklog(ServerSocket server) throws IOException {
        List<Socket> queued = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Socket socket = new Socket();
            try {
                socket.connect(server.getLocalSocketAddress(), 200);
                queued.add(socket);
            } catch (IOException e) {
                socket.close();
                break;
            }
        }
        return queued;
    }
}
