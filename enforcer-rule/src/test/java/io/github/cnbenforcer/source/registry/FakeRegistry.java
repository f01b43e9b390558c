package io.github.cnbenforcer.source.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.testing.EncodedImage;
import io.github.cnbenforcer.testing.ImageBlobs;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestIndex;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A scripted HTTP server on 127.0.0.1 standing in for a registry (and its token service) in unit tests. */
public final class FakeRegistry implements AutoCloseable {
    /** A request as the server saw it. */
    public record Request(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                    return entry.getValue().get(0);
                }
            }
            return null;
        }

        public String authorization() {
            return header("Authorization");
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** What the server answers, and whether it stalls before the headers or in the middle of the body. */
    public record Answer(
            int status, Map<String, String> headers, byte[] body, Duration stallBeforeHeaders, Duration stallInBody) {
        public static Answer of(int status) {
            return new Answer(status, Map.of(), new byte[0], Duration.ZERO, Duration.ZERO);
        }

        public static Answer ok(byte[] body, String contentType) {
            return of(200).withBody(body).withHeader("Content-Type", contentType);
        }

        public static Answer json(int status, String json) {
            return of(status)
                    .withBody(json.getBytes(StandardCharsets.UTF_8))
                    .withHeader("Content-Type", "application/json");
        }

        public Answer withBody(byte[] newBody) {
            return new Answer(status, headers, newBody, stallBeforeHeaders, stallInBody);
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Answer(status, more, body, stallBeforeHeaders, stallInBody);
        }

        public Answer stallingBeforeHeaders(Duration stall) {
            return new Answer(status, headers, body, stall, stallInBody);
        }

        /** Sends the headers and half the body, then waits. */
        public Answer stallingInBody(Duration stall) {
            return new Answer(status, headers, body, stallBeforeHeaders, stall);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Request, Answer>> routes = new ConcurrentHashMap<>();

    /** A fake registry listening already, for a field that {@code @AutoClose} stops after each test. */
    public static FakeRegistry start() {
        try {
            return new FakeRegistry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FakeRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
        serve("GET", "/v2/", Answer.json(200, "{}").withHeader("Docker-Distribution-API-Version", "registry/2.0"));
    }

    /** {@code 127.0.0.1:PORT}. */
    public String authority() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://" + authority() + path;
    }

    /** Answers {@code method path} with {@code handler}. */
    public FakeRegistry route(String method, String path, Function<Request, Answer> handler) {
        routes.put(method + " " + path, handler);
        return this;
    }

    /** Answers {@code method path} with the answers in turn; the last one repeats. */
    public FakeRegistry serve(String method, String path, Answer... answers) {
        AtomicInteger next = new AtomicInteger();
        return route(method, path, request -> answers[Math.min(next.getAndIncrement(), answers.length - 1)]);
    }

    /**
     * Serves an image as a registry does: its manifest (or index) under {@code tag} and under its
     * digest, every manifest by digest with {@code Docker-Content-Digest}, every other blob by digest.
     */
    public FakeRegistry serve(String repository, String tag, ImageBlobs blobs, ObjectNode root) {
        for (ImageBlobs.Blob blob : blobs.all()) {
            boolean manifest = MediaTypes.isManifest(blob.mediaType()) || MediaTypes.isIndex(blob.mediaType());
            if (manifest) {
                serveManifest(repository, blob.digest().toString(), blob);
            } else {
                serve(
                        "GET",
                        "/v2/" + repository + "/blobs/" + blob.digest(),
                        Answer.ok(blob.content(), "application/octet-stream"));
            }
        }
        serveManifest(repository, tag, blobs.get(root));
        return this;
    }

    /** A manifest under a tag or digest, for GET and for HEAD (its headers, without the body). */
    private void serveManifest(String repository, String qualifier, ImageBlobs.Blob manifest) {
        String path = "/v2/" + repository + "/manifests/" + qualifier;
        serve(
                "GET",
                path,
                Answer.ok(manifest.content(), manifest.mediaType())
                        .withHeader("Docker-Content-Digest", manifest.digest().toString()));
        serve(
                "HEAD",
                path,
                Answer.of(200)
                        .withHeader("Content-Type", manifest.mediaType())
                        .withHeader("Content-Length", String.valueOf(manifest.content().length))
                        .withHeader("Docker-Content-Digest", manifest.digest().toString()));
    }

    /** Serves a single-platform image under {@code tag}, as {@link #serve(String, String, ImageBlobs, ObjectNode)}. */
    public EncodedImage serve(String repository, String tag, TestImage image) {
        EncodedImage encoded = EncodedImage.of(image);
        serve(repository, tag, encoded.blobs(), encoded.root());
        return encoded;
    }

    /** Serves a multi-platform image under {@code tag}, as {@link #serve(String, String, ImageBlobs, ObjectNode)}. */
    public FakeRegistry serve(String repository, String tag, TestIndex index) {
        ImageBlobs blobs = ImageBlobs.create().withOci11Fields();
        return serve(repository, tag, blobs, blobs.index(index));
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    public List<Request> requests(String method, String path) {
        return requests.stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Request request = new Request(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()),
                exchange.getRequestBody().readAllBytes());
        requests.add(request);
        Function<Request, Answer> route = routes.get(request.method() + " " + request.path());
        Answer answer = route != null
                ? route.apply(request)
                : Answer.json(404, "{\"errors\":[{\"code\":\"NOT_FOUND\",\"message\":\"no route\"}]}");
        try (exchange) {
            sleep(answer.stallBeforeHeaders());
            answer.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            boolean noBody = request.method().equals("HEAD") || answer.body().length == 0;
            exchange.sendResponseHeaders(answer.status(), noBody ? -1 : answer.body().length);
            if (!noBody) {
                OutputStream out = exchange.getResponseBody();
                int half = answer.stallInBody().isZero() ? 0 : answer.body().length / 2;
                out.write(answer.body(), 0, half);
                out.flush();
                sleep(answer.stallInBody());
                out.write(answer.body(), half, answer.body().length - half);
            }
        }
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
