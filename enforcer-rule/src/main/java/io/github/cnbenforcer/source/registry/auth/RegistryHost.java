package io.github.cnbenforcer.source.registry.auth;

import io.github.cnbenforcer.reference.RegistryReference;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A registry as an image reference names it: where to reach it, and the names its credentials may
 * be stored under. Docker Hub has several names ({@code docker.io}, {@code index.docker.io},
 * {@code registry-1.docker.io}, {@code registry.hub.docker.com}); they are one registry.
 */
public final class RegistryHost {
    private static final List<String> DOCKER_HUB_NAMES = RegistryReference.DOCKER_HUB_NAMES;
    private static final String DOCKER_HUB_API = "registry-1.docker.io";
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private final String authority;
    private final String host;
    private final int port;

    private RegistryHost(String authority, String host, int port) {
        this.authority = authority;
        this.host = host;
        this.port = port;
    }

    /**
     * Parses {@code host}, {@code host:port} or {@code [ipv6]:port}.
     *
     * @throws IllegalArgumentException if it is not a host with an optional port
     */
    public static RegistryHost of(String registry) {
        String authority = Objects.requireNonNull(registry).trim().toLowerCase(Locale.ROOT);
        String host = authority;
        int port = -1;
        int colon = authority.lastIndexOf(':');
        if (colon > 0 && colon > authority.lastIndexOf(']')) {
            host = authority.substring(0, colon);
            port = parsePort(authority.substring(colon + 1), registry);
        }
        if (host.isEmpty() || host.contains("/") || host.contains("@")) {
            throw new IllegalArgumentException("not a registry host: '" + registry + "'");
        }
        if (port < 0 && DOCKER_HUB_NAMES.contains(host)) {
            return new RegistryHost(DOCKER_HUB_API, DOCKER_HUB_API, -1);
        }
        return new RegistryHost(authority, host, port);
    }

    /** Whether {@code host} (a name or an address literal, IPv6 with or without brackets) is loopback. */
    public static boolean isLoopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String bare = host.toLowerCase(Locale.ROOT);
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        return bare.equals("localhost")
                || IPV4_LOOPBACK.matcher(bare).matches()
                || bare.equals("::1")
                || bare.equals("0:0:0:0:0:0:0:1");
    }

    /** {@code host[:port]} to contact; Docker Hub's API host for any of its names. */
    public String authority() {
        return authority;
    }

    public String host() {
        return host;
    }

    /** The port, or -1 for the scheme's default. */
    public int port() {
        return port;
    }

    public boolean isDockerHub() {
        return authority.equals(DOCKER_HUB_API);
    }

    /** The name to show people: {@code docker.io} for Docker Hub, else {@code host[:port]}. */
    public String displayName() {
        return isDockerHub() ? "docker.io" : authority;
    }

    /**
     * The names credentials for this registry are looked up under, in order: every Docker Hub name
     * for Docker Hub, else {@code host:port} then {@code host}, or just {@code host}.
     */
    public List<String> credentialKeys() {
        if (isDockerHub()) {
            return DOCKER_HUB_NAMES;
        }
        return port < 0 ? List.of(authority) : List.of(authority, host);
    }

    private static int parsePort(String text, String registry) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("not a port in '" + registry + "'");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegistryHost && ((RegistryHost) other).authority.equals(authority);
    }

    @Override
    public int hashCode() {
        return authority.hashCode();
    }

    @Override
    public String toString() {
        return displayName();
    }
}
