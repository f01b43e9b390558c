package io.github.cnbenforcer.source.registry.transport;

import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Finds out whether a registry that may use plain HTTP (loopback, or {@code allowInsecureRegistries})
 * speaks HTTPS or HTTP, with {@code GET /v2/}, which carries no credentials. When both schemes go to
 * the same port, plain HTTP is asked first: a port that answers it with anything but 400 (what TLS
 * servers answer to plain HTTP) speaks HTTP, and no TLS is set up at all; a TLS server answers plain
 * HTTP at once (400, or an alert and a closed connection), and HTTPS is asked next. HTTPS first would
 * not do: a plain-HTTP server may never answer a TLS handshake, and the probe would hang until the
 * timeout. Without a port, HTTPS (443) and HTTP (80) are different servers and HTTPS is preferred.
 *
 * <p>When neither probe gets an answer, the error is the one of the scheme the registry speaks: a
 * plain-HTTP registry that sends a malformed answer is reported with that answer's error, not with
 * the TLS error of the HTTPS probe.
 */
final class SchemeProbe {
    private static final String PING_PATH = "/v2/";
    /** What a TLS server answers a plain-HTTP request with. */
    static final int TLS_PORT_ANSWER_TO_PLAIN_HTTP = 400;

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
                http.backoff(attempt + 1, ping("https"));
            }
        }
    }

    private Response probeDefaultPorts() throws IOException {
        RequestDeadline deadline = http.probeDeadline();
        Outcome secure = new Outcome(ping("https"));
        secure.settle(deadline);
        if (secure.answer != null) {
            return secure.answer;
        }
        if (!(secure.error instanceof SSLException || secure.error instanceof ConnectException)
                || HttpTransport.isUnknownHost(secure.error)) {
            throw secure.error;
        }
        Outcome plain = new Outcome(ping("http"));
        plain.settle(http.probeDeadline());
        if (plain.answer != null) {
            return plain.answer;
        }
        throw trueCause(secure.error, plain.error);
    }

    private Response probeSamePort() throws IOException {
        Outcome plain = new Outcome(ping("http"));
        if (plain.settle(http.probeDeadline()) && speaksPlainHttp(plain.answer)) {
            return plain.answer;
        }
        if (plain.error != null && isConnectFailure(plain.error)) {
            throw plain.error; // nothing listens there: HTTPS to the same port cannot connect either
        }
        Outcome secure = new Outcome(ping("https"));
        if (secure.settle(http.probeDeadline())) {
            return secure.answer;
        }
        throw plain.error == null ? secure.error : trueCause(secure.error, plain.error);
    }

    /**
     * The error of the scheme the registry speaks: HTTPS's, unless HTTPS could not connect, met plain
     * text instead of TLS, or got no answer, while the plain-HTTP request got further; then the
     * registry's own plain-HTTP error.
     */
    private IOException trueCause(IOException secureError, IOException plainError) {
        if (isConnectFailure(plainError)) {
            return secureError;
        }
        boolean plainGotAnAnswer = !isNoAnswer(plainError);
        if (metPlainText(secureError) || isConnectFailure(secureError)) {
            return plainGotAnAnswer ? malformed(plainError) : plainError;
        }
        return isNoAnswer(secureError) && plainGotAnAnswer ? malformed(plainError) : secureError;
    }

    private ProtocolException malformed(IOException plainError) {
        ProtocolException malformed = new ProtocolException(
                "its plain-HTTP answer to GET " + PING_PATH + " is malformed: " + plainError.getMessage());
        malformed.initCause(plainError);
        return malformed;
    }

    /** The TLS handshake got an answer that is not TLS: the port speaks plain HTTP. */
    private static boolean metPlainText(IOException secureError) {
        return secureError instanceof SSLException
                && String.valueOf(secureError.getMessage())
                        .toLowerCase(Locale.ROOT)
                        .contains("unrecognized ssl message");
    }

    /** Nothing listens there, or its name does not resolve: no scheme would connect. */
    static boolean isConnectFailure(IOException error) {
        return error instanceof ConnectException
                || error instanceof HttpConnectTimeoutException
                || HttpTransport.isUnknownHost(error);
    }

    private static boolean isNoAnswer(IOException error) {
        return error instanceof TransferTimeoutException || error instanceof HttpTimeoutException;
    }

    private static boolean speaksPlainHttp(Response answer) {
        return answer != null && answer.status() != TLS_PORT_ANSWER_TO_PLAIN_HTTP;
    }

    private HttpRequest ping(String scheme) {
        return http.newRequest(URI.create(scheme + "://" + registry.authority() + PING_PATH))
                .GET()
                .build();
    }

    /** A probe may take the connect timeout and then the request timeout, within the rule's deadline. */
    private Duration longestWait(RequestDeadline deadline) {
        return deadline.capped(http.timeout().multipliedBy(2).plusSeconds(1));
    }

    /** One probe: its request, its future, and once settled its answer or its error. */
    private final class Outcome {
        final HttpRequest request;
        final CompletableFuture<Response> future;
        Response answer;
        IOException error;

        Outcome(HttpRequest request) {
            this.request = request;
            this.future = http.probe(request);
        }

        /** Waits for the answer or the error, at most until the probe's time is up; true for an answer. */
        boolean settle(RequestDeadline deadline) throws InterruptedIOException {
            if (answer != null || error != null) {
                return answer != null;
            }
            try {
                answer = future.get(longestWait(deadline).toNanos(), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                error = http.explained(HttpTransport.ioCause(e), request, deadline);
            } catch (TimeoutException e) {
                future.cancel(true);
                error = http.explained(new HttpTimeoutException("no answer"), request, deadline);
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for " + registry.displayName());
            }
            return answer != null;
        }
    }
}
