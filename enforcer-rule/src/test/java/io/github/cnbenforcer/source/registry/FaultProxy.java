package io.github.cnbenforcer.source.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A proxy on a loopback address in front of a {@link RealRegistry} that misbehaves on cue: bursts of
 * server errors, bodies cut short, redirects to another host, and an {@code Authorization} it asks
 * for (a Basic challenge, as an authenticating front of an anonymous registry would). Everything
 * else is forwarded as it is. It records what each request carried.
 */
public final class FaultProxy implements AutoCloseable {
    /** A request as the proxy saw it. */
    public record Seen(String method, String path, String authorization) {}

    private static final Set<String> FORWARDED_HEADERS =
            Set.of("content-type", "docker-content-digest", "docker-distribution-api-version", "location");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final String upstream;
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedQueue<Integer>> failures = new ConcurrentHashMap<>();
    private final Set<String> cutShort = ConcurrentHashMap.newKeySet();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private volatile String requiredAuthorization;

    private FaultProxy(String bindAddress, String upstream) throws IOException {
        this.upstream = upstream;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(bindAddress), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** A proxy on {@code bindAddress} (127.0.0.1, 127.0.0.2, …) to {@code upstream} ({@code host:port}). */
    public static FaultProxy to(String upstream, String bindAddress) throws IOException {
        return new FaultProxy(bindAddress, upstream);
    }

    public String authority() {
        return server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort();
    }

    /** Answers the next requests whose path contains {@code pathPart} with these statuses, one each. */
    public FaultProxy failing(String pathPart, Integer... statuses) {
        failures.computeIfAbsent(pathPart, part -> new ConcurrentLinkedQueue<>())
                .addAll(List.of(statuses));
        return this;
    }

    /** Forwards requests whose path contains {@code pathPart}, but sends only half of each body. */
    public FaultProxy cuttingShort(String pathPart) {
        cutShort.add(pathPart);
        return this;
    }

    /** Redirects requests whose path contains {@code pathPart} to the same path on {@code authority}. */
    public FaultProxy redirecting(String pathPart, String authority) {
        redirects.put(pathPart, authority);
        return this;
    }

    /** Answers every request without this {@code Authorization} with a Basic challenge. */
    public FaultProxy requiring(String authorization) {
        this.requiredAuthorization = authorization;
        return this;
    }

    public List<Seen> seen() {
        return new ArrayList<>(seen);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        seen.add(new Seen(exchange.getRequestMethod(), path, authorization));
        try (exchange) {
            if (requiredAuthorization != null && !requiredAuthorization.equals(authorization)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"fault-proxy\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            Integer failure = take(failures, path);
            if (failure != null) {
                exchange.sendResponseHeaders(failure, -1);
                return;
            }
            String redirected = match(redirects.keySet(), path);
            if (redirected != null) {
                exchange.getResponseHeaders()
                        .add("Location", "http://" + redirects.get(redirected) + exchange.getRequestURI());
                exchange.sendResponseHeaders(307, -1);
                return;
            }
            forward(exchange, match(cutShort, path) != null);
        }
    }

    private void forward(HttpExchange exchange, boolean cut) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://" + upstream + exchange.getRequestURI()))
                .timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.noBody());
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        if (accept != null) {
            request.header("Accept", accept);
        }
        HttpResponse<byte[]> answer;
        try {
            answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        answer.headers().map().forEach((name, values) -> {
            if (FORWARDED_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> exchange.getResponseHeaders().add(name, value));
            }
        });
        byte[] body = answer.body();
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(answer.statusCode(), head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, cut ? body.length / 2 : body.length);
            out.flush();
        }
    }

    private static Integer take(Map<String, ConcurrentLinkedQueue<Integer>> queues, String path) {
        String part = match(queues.keySet(), path);
        return part == null ? null : queues.get(part).poll();
    }

    private static String match(Set<String> parts, String path) {
        return parts.stream().filter(path::contains).findFirst().orElse(null);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
