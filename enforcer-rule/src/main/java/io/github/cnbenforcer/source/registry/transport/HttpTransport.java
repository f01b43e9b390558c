package io.github.cnbenforcer.source.registry.transport;

import io.github.cnbenforcer.image.FetchException;
import io.github.cnbenforcer.source.Deadline;
import io.github.cnbenforcer.source.SourceLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * HTTP for registries: the {@link HttpClient}s with the connect timeout, proxies and TLS policy of the
 * options, a deadline for every request (headers and body together, see {@link RequestDeadline}) and
 * for the whole rule, and up to {@value RetryPolicy#MAX_TRIES} tries. Redirects are not followed
 * here: the caller decides what each hop may carry.
 *
 * <p>Two clients, each made on its first request: one for HTTPS, and one for plain HTTP that sets up
 * no TLS at all ({@link PlainHttpOnly}), so that a run against a plain-HTTP registry (a loopback one,
 * say) never loads the CA certificates or the TLS stack.
 */
public final class HttpTransport {
    private static final String USER_AGENT = "cnb-enforcer (+https://github.com/cnb-enforcer/cnb-enforcer)";

    private final Duration timeout;
    private final Deadline deadline;
    private final Sleeper sleeper;
    private final SourceLog log;
    private final TimeoutDiagnosis diagnosis;
    private final SettingsProxySelector proxies;
    private final List<ProxySetting> proxySettings;
    private final boolean trustAnyCertificate;
    private HttpClient plainClient;
    private HttpClient tlsClient;

    /**
     * @param timeout how long a connection, an answer, or the next bytes of one may take
     * @param deadline the rule's deadline, which ends every wait
     * @param proxySettings the active settings.xml proxies (the JVM's proxy settings apply besides)
     * @param trustAnyCertificate skip TLS verification ({@code allowInsecureRegistries})
     * @param sleeper waits between tries (tests pass one that only records)
     */
    public HttpTransport(
            Duration timeout,
            Deadline deadline,
            List<ProxySetting> proxySettings,
            boolean trustAnyCertificate,
            SourceLog log,
            Sleeper sleeper) {
        this.timeout = timeout;
        this.deadline = deadline;
        this.sleeper = sleeper;
        this.log = log;
        this.proxySettings = List.copyOf(proxySettings);
        this.proxies = SettingsProxySelector.withSystemFallback(proxySettings);
        this.diagnosis = new TimeoutDiagnosis(proxies, timeout);
        this.trustAnyCertificate = trustAnyCertificate;
    }

    /** The client for {@code uri}'s scheme, made on first use. */
    private synchronized HttpClient client(URI uri) {
        if ("https".equalsIgnoreCase(uri.getScheme())) {
            if (tlsClient == null) {
                HttpClient.Builder builder = newClient();
                if (trustAnyCertificate) {
                    builder.sslContext(TrustAllTls.context());
                }
                tlsClient = builder.build();
            }
            return tlsClient;
        }
        if (plainClient == null) {
            plainClient = newClient()
                    .sslContext(PlainHttpOnly.context())
                    .sslParameters(PlainHttpOnly.parameters())
                    .build();
        }
        return plainClient;
    }

    private HttpClient.Builder newClient() {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(proxies);
        if (proxySettings.stream().anyMatch(ProxySetting::hasLogin)) {
            builder.authenticator(new ProxyLogin(proxySettings));
        }
        return builder;
    }

    public Duration timeout() {
        return timeout;
    }

    /** A request to {@code uri} with the read timeout; plain HTTP stays on HTTP/1.1 (no h2c upgrade). */
    public HttpRequest.Builder newRequest(URI uri) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT);
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        return builder;
    }

    /**
     * Sends {@code request} once, in the background, for its status and headers only (the body is
     * discarded). The future fails with the {@link IOException} of the exchange.
     */
    public CompletableFuture<Response> probe(HttpRequest request) {
        return client(request.uri())
                .sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(answer -> new Response(
                        request.uri(), answer.statusCode(), answer.headers(), InputStream.nullInputStream()));
    }

    /** The deadline of a probe: the timeout, for an answer without a body worth reading. */
    RequestDeadline probeDeadline() {
        return RequestDeadline.start(timeout, 0, deadline);
    }

    /** Waits as the retry policy says before try number {@code nextTry} after a connection error. */
    public void backoff(int nextTry, HttpRequest request) throws IOException {
        pause(RetryPolicy.delayBefore(nextTry, Optional.empty(), Instant.now()), request);
    }

    /**
     * Sends {@code request}, trying again on transient failures. The last answer is returned whatever
     * its status; the caller turns it into a message. Its body fails once it stalls for the timeout or
     * its request deadline passes.
     *
     * @param expectedBytes the most the answer should hold: a size limit or a descriptor's size
     */
    public Response send(HttpRequest request, long expectedBytes) throws IOException {
        for (int attempt = 1; ; attempt++) {
            boolean lastTry = attempt >= RetryPolicy.MAX_TRIES;
            RequestDeadline requestDeadline = RequestDeadline.start(timeout, expectedBytes, deadline);
            HttpResponse<InputStream> answer;
            try {
                answer = awaitHeaders(request, requestDeadline);
            } catch (IOException e) {
                if (lastTry || !isTransient(e)) {
                    throw e;
                }
                Duration wait = RetryPolicy.delayBefore(attempt + 1, Optional.empty(), Instant.now());
                log.debug(what(request) + ": " + describe(e) + "; trying again in " + wait.toMillis() + " ms");
                pause(wait, request);
                continue;
            }
            Response response = timed(request, answer, requestDeadline);
            if (lastTry || !RetryPolicy.isRetryable(response.status())) {
                return response;
            }
            response.discard();
            Duration wait = RetryPolicy.delayBefore(attempt + 1, response.header("Retry-After"), Instant.now());
            log.debug(what(request) + " of " + hostOf(request.uri()) + ": HTTP " + response.status()
                    + "; trying again in " + wait.toMillis() + " ms");
            pause(wait, request);
        }
    }

    /** What a failed exchange really was (see {@link TimeoutDiagnosis}). */
    IOException explained(IOException failure, HttpRequest request, RequestDeadline requestDeadline) {
        return diagnosis.explained(failure, request, requestDeadline);
    }

    private HttpResponse<InputStream> awaitHeaders(HttpRequest request, RequestDeadline requestDeadline)
            throws IOException {
        if (requestDeadline.ruleDeadlinePassed()) {
            throw requestDeadline.passed(hostOf(request.uri()), what(request));
        }
        CompletableFuture<HttpResponse<InputStream>> answer =
                client(request.uri()).sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        try {
            return answer.get(requestDeadline.capped(timeout).toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw explained(ioCause(e), request, requestDeadline);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw explained(new HttpTimeoutException("no answer"), request, requestDeadline);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + hostOf(request.uri()));
        }
    }

    private Response timed(HttpRequest request, HttpResponse<InputStream> answer, RequestDeadline requestDeadline) {
        answer.headers().firstValueAsLong("Content-Length").ifPresent(requestDeadline::declared);
        return new Response(
                request.uri(),
                answer.statusCode(),
                answer.headers(),
                new TimedBody(answer.body(), timeout, requestDeadline, hostOf(request.uri()), what(request)));
    }

    /**
     * The {@link IOException} a failed future holds, unwrapped. Anything else is a bug, here or in the
     * HTTP client, and is thrown on as it is, never reported as a network failure.
     */
    static IOException ioCause(ExecutionException failure) {
        Throwable cause = failure.getCause();
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof IOException) {
            return (IOException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        throw cause instanceof RuntimeException
                ? (RuntimeException) cause
                : new IllegalStateException("the HTTP client failed with " + cause, cause);
    }

    /** {@code host[:port]}, as messages name a registry or the host it redirected to. */
    static String hostOf(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    /** {@code GET /v2/…}: the request without its query, which may carry a signed URL's secrets. */
    static String what(HttpRequest request) {
        return request.method() + " " + request.uri().getRawPath();
    }

    /** Whether trying again may help: a refused or reset connection, not a timeout, TLS or DNS failure. */
    public static boolean isTransient(IOException e) {
        if (e instanceof HttpTimeoutException
                || e instanceof FetchException
                || e instanceof SSLException
                || e instanceof UnknownHostException
                || e instanceof InsecureTransportException
                || e instanceof InterruptedIOException) {
            return false;
        }
        return !(e instanceof ConnectException && isUnknownHost(e));
    }

    /** Whether {@code e} says the host name did not resolve. */
    public static boolean isUnknownHost(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** Waits before trying {@code request} again, but never past the rule's deadline. */
    private void pause(Duration wait, HttpRequest request) throws IOException {
        Duration left = deadline.remaining();
        try {
            sleeper.sleep(wait.compareTo(left) < 0 ? wait : left);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to try again");
        }
        if (deadline.hasPassed()) {
            throw TransferTimeoutException.ruleDeadline(deadline, hostOf(request.uri()), what(request));
        }
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Answers proxy logins only; a registry's own 401 is left to the registry transport. */
    private static final class ProxyLogin extends Authenticator {
        private final List<ProxySetting> proxies;

        ProxyLogin(List<ProxySetting> proxies) {
            this.proxies = proxies;
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            if (getRequestorType() != RequestorType.PROXY) {
                return null;
            }
            for (ProxySetting proxy : proxies) {
                if (proxy.hasLogin()
                        && proxy.host().equalsIgnoreCase(getRequestingHost())
                        && proxy.port() == getRequestingPort()) {
                    String password = proxy.password() == null ? "" : proxy.password();
                    return new PasswordAuthentication(proxy.username(), password.toCharArray());
                }
            }
            return null;
        }
    }
}
