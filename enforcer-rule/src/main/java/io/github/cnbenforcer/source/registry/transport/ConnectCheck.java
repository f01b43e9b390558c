package io.github.cnbenforcer.source.registry.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Duration;

/**
 * Tells a registry that could not be connected to from one that connected and then said nothing:
 * {@code HttpClient} reports both as a timeout (its connect timeout covers the TLS handshake too).
 * After such a timeout, one plain TCP connection to the registry (or to the proxy in front of it)
 * shows which it was.
 */
final class ConnectCheck {
    private static final Duration MAX_WAIT = Duration.ofSeconds(3);

    private final ProxySelector proxies;
    private final Duration wait;

    ConnectCheck(ProxySelector proxies, Duration timeout) {
        this.proxies = proxies;
        this.wait = timeout.compareTo(MAX_WAIT) < 0 ? timeout : MAX_WAIT;
    }

    /** Whether a TCP connection to where a request for {@code uri} goes is accepted now. */
    boolean acceptsConnections(URI uri) {
        try (Socket socket = new Socket()) {
            socket.connect(firstHop(uri), (int) wait.toMillis());
            return true;
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            return false;
        }
    }

    private SocketAddress firstHop(URI uri) {
        for (Proxy proxy : proxies.select(uri)) {
            if (proxy.type() == Proxy.Type.HTTP && proxy.address() instanceof InetSocketAddress) {
                InetSocketAddress address = (InetSocketAddress) proxy.address();
                return new InetSocketAddress(address.getHostString(), address.getPort());
            }
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return new InetSocketAddress(uri.getHost(), port);
    }
}
