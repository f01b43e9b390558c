package io.github.cnbenforcer.packages;

/**
 * A package of the previous image that the new one has under another name which provides the old
 * one, as Debian's 64-bit {@code time_t} transition renamed {@code libssl3} to {@code libssl3t64}
 * ({@code Provides: libssl3} on the architectures whose ABI did not change). Not a finding.
 */
public final class RenamedPackage {
    private final String previous;
    private final String provider;

    RenamedPackage(String previous, String provider) {
        this.previous = previous;
        this.provider = provider;
    }

    public String previous() {
        return previous;
    }

    /** The new image's package that provides the previous name. */
    public String provider() {
        return provider;
    }

    /** {@code libssl3 (provided by libssl3t64)}. */
    @Override
    public String toString() {
        return previous + " (provided by " + provider + ")";
    }
}
