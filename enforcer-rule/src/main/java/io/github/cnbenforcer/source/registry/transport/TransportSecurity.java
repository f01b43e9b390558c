package io.github.cnbenforcer.source.registry.transport;

import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import java.net.URI;

/**
 * What the transport may do without TLS. Verified TLS is the default; {@code allowInsecureRegistries}
 * allows plain HTTP and unverified TLS; loopback registries may use plain HTTP anyway, as docker and
 * crane allow. Credentials and tokens travel over plain HTTP only to loopback.
 */
public final class TransportSecurity {
    private final boolean allowInsecureRegistries;

    public TransportSecurity(boolean allowInsecureRegistries) {
        this.allowInsecureRegistries = allowInsecureRegistries;
    }

    /** Whether {@code registry} may be reached over plain HTTP when HTTPS does not work. */
    public boolean mayUsePlainHttp(RegistryHost registry) {
        return mayUsePlainHttp(registry.host());
    }

    public boolean mayUsePlainHttp(String host) {
        return allowInsecureRegistries || RegistryHost.isLoopbackHost(host);
    }

    /** Whether an {@code Authorization} header (credentials or a token) may be sent to {@code target}. */
    public static boolean maySendCredentials(URI target) {
        return "https".equalsIgnoreCase(target.getScheme()) || RegistryHost.isLoopbackHost(target.getHost());
    }
}
