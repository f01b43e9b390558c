package io.github.cnbenforcer.source.registry;

import io.github.cnbenforcer.source.SourceOptions;
import io.github.cnbenforcer.source.registry.auth.CredentialChain;
import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import io.github.cnbenforcer.source.registry.transport.HttpTransport;
import io.github.cnbenforcer.source.registry.transport.RegistryTransport;
import io.github.cnbenforcer.source.registry.transport.Sleeper;
import io.github.cnbenforcer.source.registry.transport.TransportSecurity;
import java.util.HashMap;
import java.util.Map;

/**
 * The registries one rule execution talks to: one HTTP client for all, and per registry one
 * transport (its scheme, credential and tokens), shared by every image read from it.
 */
public final class Registries {
    private final SourceOptions options;
    private final Sleeper sleeper;
    private final Map<RegistryHost, RegistryFetcher> fetchers = new HashMap<>();
    private HttpTransport http;
    private CredentialChain credentials;

    public Registries(SourceOptions options) {
        this(options, Sleeper.REAL);
    }

    /** @param sleeper waits between tries (tests pass one that only records) */
    public Registries(SourceOptions options, Sleeper sleeper) {
        this.options = options;
        this.sleeper = sleeper;
    }

    public SourceOptions options() {
        return options;
    }

    synchronized RegistryFetcher fetcher(RegistryHost registry) {
        RegistryFetcher fetcher = fetchers.get(registry);
        if (fetcher == null) {
            if (http == null) {
                http = new HttpTransport(options, sleeper);
                credentials = CredentialChain.standard(options);
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
