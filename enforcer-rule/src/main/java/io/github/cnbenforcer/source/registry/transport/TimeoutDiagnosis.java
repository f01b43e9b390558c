package io.github.cnbenforcer.source.registry.transport;

import io.github.cnbenforcer.image.FetchException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Says what a timeout of {@code HttpClient} really was. It reports a registry that could not be
 * connected to and one that connected and then said nothing alike (its connect timeout covers the
 * TLS handshake too); after such a timeout, one plain TCP connection to the registry (or to the
 * proxy in front of it) tells them apart. A wait that the rule's deadline cut short says so.
 */
final class TimeoutDiagnosis {
    private static final Duration MAX_CONNECT_WAIT = Duration.ofSeconds(3);

    private final ProxySelector proxies;
    private final Duration timeout;

    TimeoutDiagnosis(ProxySelector proxies, Duration timeout) {
        this.proxies = proxies;
        this.timeout = timeout;
    }

    /** {@code failure} as it should be reported: the same, or the timeout it really was. */
    IOException explained(IOException failure, HttpRequest request, RequestDeadline deadline) {
        if (!(failure instanceof HttpTimeoutException) || failure instanceof FetchException) {
            return failure;
        }
        String host = HttpTransport.hostOf(request.uri());
        if (deadline.ruleDeadlinePassed()) {
            return deadline.passed(host, HttpTransport.what(request));
        }
        if (acceptsConnections(request.uri())) {
            return new TransferTimeoutException(
                    TransferTimeoutException.Kind.NO_ANSWER, host, HttpTransport.what(request), timeout, "");
        }
        return failure instanceof HttpConnectTimeoutException
                ? failure
                : new HttpConnectTimeoutException(
                        host + " could not be connected to within " + timeout.getSeconds() + " s");
    }

    /** Whether a TCP connection to where a request for {@code uri} goes is accepted now. */
    private boolean acceptsConnections(URI uri) {
        Duration wait = timeout.compareTo(MAX_CONNECT_WAIT) < 0 ? timeout : MAX_CONNECT_WAIT;
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
        return new InetSocketAddress(uri.getHost(), RegistryTransport.effectivePort(uri));
    }
}
