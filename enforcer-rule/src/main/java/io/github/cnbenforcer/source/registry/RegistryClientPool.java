package io.github.cnbenforcer.source.registry;

import io.github.cnbenforcer.source.registry.auth.CredentialChain;
import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import io.github.cnbenforcer.source.registry.transport.HttpTransport;
import io.github.cnbenforcer.source.registry.transport.RegistryTransport;
import io.github.cnbenforcer.source.registry.transport.Sleeper;
import io.github.cnbenforcer.source.registry.transport.TransportSecurity;
import java.util.HashMap;
import java.util.Map;

/**
 * The registry clients of one rule execution: one HTTP client for all, and per registry one fetcher
 * (its scheme, credential and tokens, and the documents it sent), shared by every image read from it.
 * Made lazily: a run that reads no registry sets up no HTTP client and looks up no credential.
 */
public final class RegistryClientPool {
    private final RegistryOptions options;
    private final Sleeper sleeper;
    private final Map<RegistryHost, RegistryFetcher> fetchers = new HashMap<>();
    private HttpTransport http;
    private CredentialChain credentials;

    public RegistryClientPool(RegistryOptions options) {
        this(options, Sleeper.REAL);
    }

    /** @param sleeper waits between tries (tests pass one that only records) */
    public RegistryClientPool(RegistryOptions options, Sleeper sleeper) {
        this.options = options;
        this.sleeper = sleeper;
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
                    options.log());
            fetcher = new RegistryFetcher(transport, options.timeout());
            fetchers.put(registry, fetcher);
        }
        return fetcher;
    }
}
