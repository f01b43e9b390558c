package io.github.cnbenforcer.source.registry.transport;

import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import java.util.Optional;

/**
 * Which scheme a registry that may use plain HTTP was found to speak, remembered beyond one run (in
 * the rule's cache), so that it is probed once, not once per module or per build. A remembered scheme
 * that no longer works is probed again.
 */
public interface SchemeMemory {
    /** Remembers nothing: every run probes. */
    SchemeMemory NONE = new SchemeMemory() {
        @Override
        public Optional<String> recall(RegistryHost registry) {
            return Optional.empty();
        }

        @Override
        public void remember(RegistryHost registry, String scheme) {}
    };

    /** The scheme to try first, if one is remembered. */
    Optional<String> recall(RegistryHost registry);

    /** Remembers what a probe found: {@code http} or {@code https}. */
    void remember(RegistryHost registry, String scheme);
}
