package io.github.cnbenforcer.source.registry.transport;

import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.source.registry.auth.CredentialChain;
import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Requests to one registry's API ({@code /v2/…}): chooses HTTPS, or plain HTTP where the security
 * policy allows it and the registry speaks it; adds the {@code Authorization} the registry asks for; and
 * follows redirects by hand, carrying {@code Authorization} only to the registry itself.
 */
public final class RegistryTransport {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int MAX_REDIRECTS = 5;

    private final RegistryHost registry;
    private final HttpTransport http;
    private final TransportSecurity security;
    private final RegistryAuthenticator authenticator;
    private final SchemeMemory schemes;
    private final SourceLog log;
    private String scheme;
    /** Whether {@link #scheme} was remembered rather than probed by this transport. */
    private boolean recalled;
    /** Whether this transport probed while finding its scheme. */
    private boolean probed;

    RegistryTransport(
            RegistryHost registry,
            HttpTransport http,
            TransportSecurity security,
            RegistryAuthenticator authenticator,
            SchemeMemory schemes,
            SourceLog log) {
        this.registry = registry;
        this.http = http;
        this.security = security;
        this.authenticator = authenticator;
        this.schemes = schemes;
        this.log = log;
    }

    /**
     * The transport for {@code registry}, with its own authenticator over the shared HTTP client.
     *
     * @param schemes the schemes registries were found to speak before
     */
    public static RegistryTransport create(
            RegistryHost registry,
            HttpTransport http,
            TransportSecurity security,
            CredentialChain credentials,
            SchemeMemory schemes,
            SourceLog log) {
        Clock clock = Clock.systemUTC();
        RegistryAuthenticator authenticator =
                new RegistryAuthenticator(registry, credentials, new TokenClient(http, clock, log), clock, log);
        return new RegistryTransport(registry, http, security, authenticator, schemes, log);
    }

    public RegistryHost registry() {
        return registry;
    }

    /** Where the credential in use came from, for messages. */
    public String credentialSource() {
        return authenticator.credentialSource();
    }

    /**
     * Sends {@code method} (GET or HEAD) to {@code path} (e.g. {@code /v2/acme/run/manifests/jammy}) in the
     * pull scope of {@code repository}. The answer may be any status; the caller closes it.
     *
     * @param accept the {@code Accept} value, or {@code null}
     * @param expectedBytes the most the answer should hold (a size limit, or a descriptor's size): with
     *     the timeout, it sets how long the request may take
     */
    public Response send(String method, String path, String accept, String repository, long expectedBytes)
            throws IOException {
        String used = scheme();
        Response response;
        try {
            response = exchange(used, method, path, accept, repository, expectedBytes);
        } catch (IOException e) {
            if (isNotTheScheme(e) || !forgetRecalled(used)) {
                throw e;
            }
            return exchange(scheme(), method, path, accept, repository, expectedBytes);
        }
        if (response.status() == SchemeProbe.TLS_PORT_ANSWER_TO_PLAIN_HTTP && forgetRecalled(used)) {
            response.discard();
            return exchange(scheme(), method, path, accept, repository, expectedBytes);
        }
        return response;
    }

    private Response exchange(
            String usedScheme, String method, String path, String accept, String repository, long expectedBytes)
            throws IOException {
        String scope = RegistryAuthenticator.pullScope(repository);
        URI uri = uri(usedScheme, path);
        String authorization = authenticator.authorization(uri, scope);
        Response response = http.send(request(method, uri, accept, authorization), expectedBytes);
        if (response.status() == 401) {
            Optional<String> retry = authenticator.retryAfterUnauthorized(
                    response.headers("WWW-Authenticate"), uri, scope, authorization);
            if (retry.isPresent()) {
                response.discard();
                authorization = retry.get();
                response = http.send(request(method, uri, accept, authorization), expectedBytes);
            }
        }
        return followRedirects(method, response, accept, authorization, expectedBytes);
    }

    /**
     * HTTPS, unless the registry may use plain HTTP and speaks it: as remembered from an earlier run
     * or module, else as a probe finds.
     */
    private synchronized String scheme() throws IOException {
        if (scheme == null) {
            if (security.mayUsePlainHttp(registry)) {
                probed = false;
                scheme = schemes.scheme(registry, this::probe);
                recalled = !probed;
            } else {
                scheme = "https";
            }
        }
        return scheme;
    }

    /** Asks the registry which scheme it speaks (within {@link #scheme()}), and learns its challenge. */
    private String probe() throws IOException {
        probed = true;
        Response answer = new SchemeProbe(registry, http).probe();
        authenticator.learn(answer.headers("WWW-Authenticate"));
        log.debug(
                "registry " + registry.displayName() + " speaks " + answer.uri().getScheme());
        return answer.uri().getScheme();
    }

    /**
     * After a request over a remembered scheme failed as a request over the wrong scheme may (TLS
     * refused, plain HTTP answered with 400, a closed connection): forgets that scheme, so that the
     * next request probes. False if the scheme that failed was probed in this run: the error stands.
     */
    private synchronized boolean forgetRecalled(String used) {
        if (!used.equals(scheme)) {
            return true; // another request already forgot it
        }
        if (!recalled) {
            return false;
        }
        log.debug("registry " + registry.displayName() + ": the scheme remembered (" + used + ") failed; probing");
        schemes.forget(registry);
        scheme = null;
        recalled = false;
        return true;
    }

    /** A failure no scheme causes: nothing listens there, or the request was stopped or timed out. */
    private static boolean isNotTheScheme(IOException e) {
        return SchemeProbe.isConnectFailure(e)
                || e instanceof InterruptedIOException
                || e instanceof TransferTimeoutException;
    }

    private Response followRedirects(
            String method, Response first, String accept, String authorization, long expectedBytes) throws IOException {
        URI registryUri = first.uri();
        Response response = first;
        for (int hops = 0; REDIRECTS.contains(response.status()); hops++) {
            String location = response.header("Location").orElse(null);
            if (location == null || hops >= MAX_REDIRECTS) {
                return response;
            }
            response.discard();
            URI next = redirectTarget(response.uri(), location);
            String carried = sameOrigin(next, registryUri) ? authorization : null;
            log.debug("registry " + registry.displayName() + ": redirected to " + next.getHost()
                    + (carried == null ? "" : " (with Authorization)"));
            response = http.send(request(method, next, accept, carried), expectedBytes);
        }
        return response;
    }

    private URI redirectTarget(URI from, String location) throws IOException {
        URI to;
        try {
            to = from.resolve(location);
        } catch (IllegalArgumentException e) {
            throw new IOException("the registry " + registry.displayName() + " redirected to a malformed URL");
        }
        boolean isHttp = "http".equalsIgnoreCase(to.getScheme());
        if (!isHttp && !"https".equalsIgnoreCase(to.getScheme()) || to.getHost() == null) {
            throw new IOException("the registry " + registry.displayName() + " redirected to '" + to.getScheme()
                    + ":…', which is not an http(s) URL");
        }
        if (isHttp && "https".equalsIgnoreCase(from.getScheme()) && !security.mayUsePlainHttp(to.getHost())) {
            throw new InsecureTransportException("the registry " + registry.displayName()
                    + " redirected from HTTPS to plain HTTP (" + to.getHost() + "), which is only followed with"
                    + " allowInsecureRegistries");
        }
        return to;
    }

    /** Same scheme, host and port: {@code Authorization} only goes back to the registry's own API. */
    static boolean sameOrigin(URI target, URI registryUri) {
        return target.getScheme().equalsIgnoreCase(registryUri.getScheme())
                && target.getHost().equalsIgnoreCase(registryUri.getHost())
                && effectivePort(target) == effectivePort(registryUri);
    }

    private HttpRequest request(String method, URI uri, String accept, String authorization) {
        HttpRequest.Builder builder = http.newRequest(uri).method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            builder.header("Accept", accept);
        }
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.build();
    }

    private URI uri(String uriScheme, String path) {
        return URI.create(uriScheme + "://" + registry.authority() + path);
    }

    /** The port a request to {@code uri} goes to: its own, else its scheme's default. */
    static int effectivePort(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    @Override
    public String toString() {
        return "registry " + registry.displayName();
    }
}
