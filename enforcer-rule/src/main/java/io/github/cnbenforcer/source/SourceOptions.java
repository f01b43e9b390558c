package io.github.cnbenforcer.source;

import java.time.Duration;

/** How sources reach images: what the rule's parameters and the Maven session say about the network. */
public final class SourceOptions {
    /** Connect and read timeout when the rule does not set {@code timeout}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private final boolean allowInsecureRegistries;
    private final Duration timeout;
    private final boolean offline;

    private SourceOptions(boolean allowInsecureRegistries, Duration timeout, boolean offline) {
        this.allowInsecureRegistries = allowInsecureRegistries;
        this.timeout = timeout;
        this.offline = offline;
    }

    public static SourceOptions defaults() {
        return new SourceOptions(false, DEFAULT_TIMEOUT, false);
    }

    public SourceOptions withAllowInsecureRegistries(boolean allow) {
        return new SourceOptions(allow, timeout, offline);
    }

    public SourceOptions withTimeout(Duration newTimeout) {
        return new SourceOptions(allowInsecureRegistries, newTimeout, offline);
    }

    public SourceOptions withOffline(boolean isOffline) {
        return new SourceOptions(allowInsecureRegistries, timeout, isOffline);
    }

    public boolean allowInsecureRegistries() {
        return allowInsecureRegistries;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Maven runs with {@code -o}: no registry may be contacted. */
    public boolean offline() {
        return offline;
    }
}
