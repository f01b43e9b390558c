package io.github.cnbenforcer.source.registry.transport;

import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Finds out whether a registry that may use plain HTTP (loopback, or {@code allowInsecureRegistries})
 * speaks HTTPS or HTTP, with {@code GET /v2/}. Trying HTTPS first and waiting for it to fail is not
 * enough: a plain-HTTP server may never answer a TLS handshake, and the probe would hang until the
 * connect timeout. So, when both schemes go to the same port, both are probed at once: a port that
 * answers plain HTTP with anything but 400 (what TLS servers answer to plain HTTP) speaks HTTP.
 * Without a port, HTTPS (443) and HTTP (80) are different servers and HTTPS is preferred.
 */
final class SchemeProbe {
    private static final String PING_PATH = "/v2/";
    private static final int TLS_PORT_ANSWER_TO_PLAIN_HTTP = 400;

    private final RegistryHost registry;
    private final HttpTransport http;

    SchemeProbe(RegistryHost registry, HttpTransport http) {
        this.registry = registry;
        this.http = http;
    }

    /** The answer to {@code GET /v2/} over the scheme that works; it may carry the registry's challenge. */
    Response probe() throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return registry.port() < 0 ? probeDefaultPorts() : probeSamePort();
            } catch (IOException e) {
                if (attempt >= RetryPolicy.MAX_TRIES || !HttpTransport.isTransient(e)) {
                    throw e;
                }
                http.backoff(attempt + 1);
            }
        }
    }

    private Response probeDefaultPorts() throws IOException {
        try {
            return await(http.probe(ping("https")));
        } catch (SSLException | ConnectException e) {
            if (HttpTransport.isUnknownHost(e)) {
                throw e;
            }
            Response plain = awaitQuietly(http.probe(ping("http")));
            if (plain != null) {
                return plain;
            }
            throw e;
        }
    }

    private Response probeSamePort() throws IOException {
        CompletableFuture<Response> secure = http.probe(ping("https"));
        CompletableFuture<Response> plain = http.probe(ping("http"));
        awaitEither(secure, plain);
        if (plain.isDone() && speaksPlainHttp(awaitQuietly(plain))) {
            secure.cancel(true);
            return plain.join();
        }
        try {
            return await(secure);
        } catch (IOException e) {
            Response plainAnswer = awaitQuietly(plain);
            if (speaksPlainHttp(plainAnswer)) {
                return plainAnswer;
            }
            throw e;
        }
    }

    private static boolean speaksPlainHttp(Response answer) {
        return answer != null && answer.status() != TLS_PORT_ANSWER_TO_PLAIN_HTTP;
    }

    private HttpRequest ping(String scheme) {
        return http.newRequest(URI.create(scheme + "://" + registry.authority() + PING_PATH))
                .GET()
                .build();
    }

    private Duration longestWait() {
        return http.timeout().multipliedBy(2).plusSeconds(1);
    }

    private void awaitEither(CompletableFuture<Response> first, CompletableFuture<Response> second) throws IOException {
        try {
            CompletableFuture.anyOf(first, second).get(longestWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // one of them failed: the caller looks at each
        } catch (TimeoutException e) {
            throw new HttpTimeoutException(registry.displayName() + " did not answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + registry.displayName());
        }
    }

    private Response await(CompletableFuture<Response> future) throws IOException {
        try {
            return future.get(longestWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            throw new IOException(String.valueOf(cause), cause);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException(registry.displayName() + " did not answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + registry.displayName());
        }
    }

    private Response awaitQuietly(CompletableFuture<Response> future) throws InterruptedIOException {
        try {
            return await(future);
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            return null;
        }
    }
}
