package io.github.cnbenforcer.source.registry;

import io.github.cnbenforcer.cache.FactKey;
import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.source.registry.auth.CredentialChain;
import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import io.github.cnbenforcer.source.registry.transport.HttpTransport;
import io.github.cnbenforcer.source.registry.transport.RegistryTransport;
import io.github.cnbenforcer.source.registry.transport.SchemeMemory;
import io.github.cnbenforcer.source.registry.transport.Sleeper;
import io.github.cnbenforcer.source.registry.transport.TransportSecurity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry clients of one rule execution: the HTTP clients for all, and per registry one fetcher
 * (its scheme, credential and tokens), shared by every image read from it. Made lazily: a run that
 * reads no registry sets up no HTTP client and looks up no credential. The scheme a plain-HTTP
 * registry speaks is kept in the cache, so that a session or a build that knows it does not probe.
 */
public final class RegistryClientPool {
    private static final String SCHEME_KIND = "registry-scheme-v1";
    private static final byte[] PLAIN_HTTP = "http".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FORGOTTEN = "forgotten".getBytes(StandardCharsets.US_ASCII);

    private final RegistryOptions options;
    private final Sleeper sleeper;
    private final SchemeMemory schemes;
    private final Map<RegistryHost, RegistryFetcher> fetchers = new HashMap<>();
    private HttpTransport http;
    private CredentialChain credentials;

    /** @param cache where the schemes of plain-HTTP registries are kept */
    public RegistryClientPool(RegistryOptions options, ImageCache cache) {
        this(options, Sleeper.REAL, cache);
    }

    /** The clients of a run that remembers nothing. */
    public RegistryClientPool(RegistryOptions options, Sleeper sleeper) {
        this(options, sleeper, ImageCache.NONE);
    }

    /** @param sleeper waits between tries (tests pass one that only records) */
    public RegistryClientPool(RegistryOptions options, Sleeper sleeper, ImageCache cache) {
        this.options = options;
        this.sleeper = sleeper;
        this.schemes = schemes(cache);
    }

    RegistryOptions options() {
        return options;
    }

    synchronized RegistryFetcher fetcher(RegistryHost registry) {
        RegistryFetcher fetcher = fetchers.get(registry);
        if (fetcher == null) {
            if (http == null) {
                http = options.httpTransport(sleeper);
                credentials = options.credentials();
            }
            RegistryTransport transport = RegistryTransport.create(
                    registry,
                    http,
                    new TransportSecurity(options.allowInsecureRegistries()),
                    credentials,
                    schemes,
                    options.log());
            fetcher = new RegistryFetcher(transport, options.timeout());
            fetchers.put(registry, fetcher);
        }
        return fetcher;
    }

    /**
     * The schemes registries speak, kept in {@code cache} as facts of their {@code host:port}, once a
     * probe finds them. Only plain HTTP is kept: a port that no longer speaks it answers at once (TLS
     * servers answer plain HTTP with 400, or an alert), while a plain-HTTP server may never answer a
     * TLS handshake. Modules that need the same registry at once probe it once.
     */
    private static SchemeMemory schemes(ImageCache cache) {
        return new SchemeMemory() {
            @Override
            public String scheme(RegistryHost registry, Probe probe) throws IOException {
                byte[] known;
                try {
                    known = cache.fact(key(registry), () -> plainHttp(probe));
                } catch (OtherScheme e) {
                    return e.scheme;
                }
                if (Arrays.equals(known, PLAIN_HTTP)) {
                    return "http";
                }
                String found = probe.probe();
                if (found.equals("http")) {
                    cache.putFact(key(registry), PLAIN_HTTP);
                }
                return found;
            }

            @Override
            public void forget(RegistryHost registry) {
                cache.putFact(key(registry), FORGOTTEN);
            }
        };
    }

    private static byte[] plainHttp(SchemeMemory.Probe probe) throws IOException {
        String found = probe.probe();
        if (!found.equals("http")) {
            throw new OtherScheme(found);
        }
        return PLAIN_HTTP;
    }

    private static FactKey key(RegistryHost registry) {
        return FactKey.of(
                SCHEME_KIND, List.of(Digest.sha256(registry.authority().getBytes(StandardCharsets.UTF_8))));
    }

    /** A probe found a scheme that is not kept. */
    private static final class OtherScheme extends IOException {
        private static final long serialVersionUID = 1L;

        final String scheme;

        OtherScheme(String scheme) {
            super("the registry speaks " + scheme);
            this.scheme = scheme;
        }
    }
}
