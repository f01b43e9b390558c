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
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry clients of one rule execution: the HTTP clients for all, and per registry one fetcher
 * (its scheme, credential and tokens), shared by every image read from it. Made lazily: a run that
 * reads no registry sets up no HTTP client and looks up no credential. The scheme a plain-HTTP
 * registry speaks is kept in the cache, so that a session or a build that knows it does not probe.
 */
public final class RegistryClientPool {
    private static final String SCHEME_KIND = "registry-scheme-v1";

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
     * The schemes registries speak, kept in {@code cache} as facts of their {@code host:port}. Only
     * plain HTTP is recalled: a port that no longer speaks it answers at once (TLS servers answer
     * plain HTTP with 400, or an alert), while a plain-HTTP server may never answer a TLS handshake.
     */
    private static SchemeMemory schemes(ImageCache cache) {
        return new SchemeMemory() {
            @Override
            public Optional<String> recall(RegistryHost registry) {
                return cache.fact(key(registry))
                        .map(scheme -> new String(scheme, StandardCharsets.US_ASCII))
                        .filter(scheme -> scheme.equals("http"));
            }

            @Override
            public void remember(RegistryHost registry, String scheme) {
                cache.putFact(key(registry), scheme.getBytes(StandardCharsets.US_ASCII));
            }

            private FactKey key(RegistryHost registry) {
                return FactKey.of(
                        SCHEME_KIND, List.of(Digest.sha256(registry.authority().getBytes(StandardCharsets.UTF_8))));
            }
        };
    }
}
