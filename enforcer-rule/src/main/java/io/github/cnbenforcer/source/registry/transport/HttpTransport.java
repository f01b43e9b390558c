package io.github.cnbenforcer.source.registry.transport;

import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.source.SourceOptions;
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
import javax.net.ssl.SSLException;

/**
 * HTTP for registries: one {@link HttpClient} with the connect timeout, proxies and TLS policy of the
 * options, a read timeout on every request and body, and up to {@value RetryPolicy#MAX_TRIES} tries.
 * Redirects are not followed here: the caller decides what each hop may carry.
 */
public final class HttpTransport {
    private static final String USER_AGENT = "cnb-enforcer (+https://github.com/cnb-enforcer/cnb-enforcer)";

    private final HttpClient client;
    private final Duration timeout;
    private final Sleeper sleeper;
    private final SourceLog log;

    public HttpTransport(SourceOptions options) {
        this(options, Sleeper.REAL);
    }

    public HttpTransport(SourceOptions options, Sleeper sleeper) {
        this.timeout = options.timeout();
        this.sleeper = sleeper;
        this.log = options.log();
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(SettingsProxySelector.withSystemFallback(options.proxies()));
        if (options.allowInsecureRegistries()) {
            builder.sslContext(TrustAllTls.context());
        }
        if (options.proxies().stream().anyMatch(ProxySetting::hasLogin)) {
            builder.authenticator(new ProxyLogin(options.proxies()));
        }
        this.client = builder.build();
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
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(answer -> new Response(
                        request.uri(), answer.statusCode(), answer.headers(), InputStream.nullInputStream()));
    }

    /** Waits as the retry policy says before try number {@code nextTry} after a connection error. */
    public void backoff(int nextTry) throws InterruptedIOException {
        pause(RetryPolicy.delayBefore(nextTry, Optional.empty(), Instant.now()));
    }

    /**
     * Sends {@code request}, trying again on transient failures. The last answer is returned whatever
     * its status; the caller turns it into a message.
     */
    public Response send(HttpRequest request) throws IOException {
        String host = request.uri().getHost();
        for (int attempt = 1; ; attempt++) {
            boolean lastTry = attempt >= RetryPolicy.MAX_TRIES;
            HttpResponse<InputStream> answer;
            try {
                answer = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                if (lastTry || !isTransient(e)) {
                    throw e;
                }
                Duration wait = RetryPolicy.delayBefore(attempt + 1, Optional.empty(), Instant.now());
                log.debug(request.method() + " " + host + ": " + describe(e) + "; trying again in " + wait.toMillis()
                        + " ms");
                pause(wait);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for " + host);
            }
            Response response = new Response(
                    request.uri(),
                    answer.statusCode(),
                    answer.headers(),
                    new IdleTimeoutInputStream(answer.body(), timeout, host));
            if (lastTry || !RetryPolicy.isRetryable(response.status())) {
                return response;
            }
            response.discard();
            Duration wait = RetryPolicy.delayBefore(attempt + 1, response.header("Retry-After"), Instant.now());
            log.debug(request.method() + " " + host + ": HTTP " + response.status() + "; trying again in "
                    + wait.toMillis() + " ms");
            pause(wait);
        }
    }

    /** Whether trying again may help: a refused or reset connection, not a timeout, TLS or DNS failure. */
    public static boolean isTransient(IOException e) {
        if (e instanceof HttpTimeoutException
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

    private void pause(Duration wait) throws InterruptedIOException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to try again");
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
