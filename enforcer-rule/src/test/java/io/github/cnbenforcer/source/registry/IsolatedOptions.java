package io.github.cnbenforcer.source.registry;

import java.time.Duration;
import java.util.Map;

/**
 * Registry options for unit tests that read no credentials of the machine running them: an empty
 * environment, no home directory, and a timeout short enough for a test.
 */
public final class IsolatedOptions {
    private IsolatedOptions() {}

    public static RegistryOptions withEnvironment(Map<String, String> environment) {
        return RegistryOptions.defaults()
                .withEnvironment(environment)
                .withUserHome(null)
                .withTimeout(Duration.ofSeconds(5));
    }

    public static RegistryOptions of() {
        return withEnvironment(Map.of());
    }
}
