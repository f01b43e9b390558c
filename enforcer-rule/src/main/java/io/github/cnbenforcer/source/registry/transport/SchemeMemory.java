package io.github.cnbenforcer.source.registry.transport;

import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import java.io.IOException;

/**
 * Which scheme a registry that may use plain HTTP speaks, remembered beyond one run (in the rule's
 * cache), so that it is probed once, not once per module or per build. A remembered scheme that no
 * longer works is forgotten, and the registry probed again.
 */
public interface SchemeMemory {
    /** Finds out which scheme a registry speaks: {@code http} or {@code https}. */
    @FunctionalInterface
    interface Probe {
        String probe() throws IOException;
    }

    /** Remembers nothing: every run probes. */
    SchemeMemory NONE = new SchemeMemory() {
        @Override
        public String scheme(RegistryHost registry, Probe probe) throws IOException {
            return probe.probe();
        }

        @Override
        public void forget(RegistryHost registry) {}
    };

    /** The scheme {@code registry} speaks: as remembered, else as {@code probe} finds. */
    String scheme(RegistryHost registry, Probe probe) throws IOException;

    /** Forgets the scheme remembered for {@code registry}: it did not work. */
    void forget(RegistryHost registry);
}
