package io.github.cnbenforcer.source.registry.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.source.registry.FakeRegistry;
import io.github.cnbenforcer.source.registry.FakeRegistry.Answer;
import io.github.cnbenforcer.source.registry.RegistryOptions;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpTransportTest {
    private final List<Duration> sleeps = new ArrayList<>();

    @AutoClose
    private final FakeRegistry server = FakeRegistry.start();

    private HttpTransport http;

    @BeforeEach
    void start() throws IOException {
        http = RegistryOptions.defaults().withTimeout(Duration.ofSeconds(1)).httpTransport(sleeps::add);
    }

    private Response get(String path) throws IOException {
        return http.send(http.newRequest(URI.create(server.url(path))).GET().build(), 1 << 20);
    }

    @Test
    void waitsAsRetryAfterSaysBeforeTryingAgain() throws IOException {
        server.serve("GET", "/x", Answer.of(429).withHeader("Retry-After", "3"), Answer.json(200, "{}"));

        try (Response response = get("/x")) {
            assertThat(response.status()).isEqualTo(200);
        }
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void capsRetryAfter() throws IOException {
        server.serve("GET", "/x", Answer.of(503).withHeader("Retry-After", "3600"), Answer.json(200, "{}"));

        get("/x").close();

        assertThat(sleeps).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void backsOffAndReturnsTheThirdAnswerWhateverItIs() throws IOException {
        server.serve("GET", "/x", Answer.of(502), Answer.of(408), Answer.of(500));

        try (Response response = get("/x")) {
            assertThat(response.status()).isEqualTo(500);
        }
        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(server.requests("GET", "/x")).hasSize(3);
    }

    @Test
    void doesNotRetryAnswersThatWillNotChange() throws IOException {
        server.serve("GET", "/x", Answer.of(404));

        get("/x").close();

        assertThat(server.requests("GET", "/x")).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void retriesARefusedConnectionThreeTimes() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> http.send(
                        http.newRequest(URI.create("http://127.0.0.1:" + closedPort + "/"))
                                .GET()
                                .build(),
                        0))
                .isInstanceOf(ConnectException.class);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void doesNotRetryATimeout() {
        server.serve("GET", "/slow", Answer.json(200, "{}").stallingBeforeHeaders(Duration.ofSeconds(3)));

        assertThatThrownBy(() -> get("/slow"))
                .isInstanceOfSatisfying(
                        TransferTimeoutException.class,
                        e -> assertThat(e.kind()).isEqualTo(TransferTimeoutException.Kind.NO_ANSWER));
        assertThat(server.requests("GET", "/slow")).hasSize(1);
    }

    @Test
    void aBodyThatStopsArrivingTimesOut() throws IOException {
        server.serve(
                "GET",
                "/stall",
                Answer.json(200, "{\"padding\":\"" + "x".repeat(10_000) + "\"}").stallingInBody(Duration.ofSeconds(3)));

        try (Response response = get("/stall")) {
            assertThatThrownBy(() -> response.body().readAllBytes())
                    .isInstanceOf(TransferTimeoutException.class)
                    .hasMessageContaining(
                            "accepted the connection, then sent no data for 1 s while answering GET /stall");
        }
    }
}
