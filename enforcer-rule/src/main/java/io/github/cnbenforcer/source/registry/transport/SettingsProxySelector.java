package io.github.cnbenforcer.source.registry.transport;

import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Chooses a proxy the way Maven does for its repositories: the first active settings.xml proxy for
 * the target's protocol whose {@code nonProxyHosts} do not name the host (an {@code http} proxy also
 * serves {@code https} targets); otherwise the JVM's selector, which honours {@code http(s).proxyHost}.
 * Loopback targets never go through a proxy.
 */
final class SettingsProxySelector extends ProxySelector {
    private final List<ProxySetting> proxies;
    private final ProxySelector fallback;

    public SettingsProxySelector(List<ProxySetting> proxies, ProxySelector fallback) {
        this.proxies = List.copyOf(proxies);
        this.fallback = fallback;
    }

    /** A selector over {@code proxies} that falls back to the JVM-wide selector. */
    public static SettingsProxySelector withSystemFallback(List<ProxySetting> proxies) {
        return new SettingsProxySelector(proxies, ProxySelector.getDefault());
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost();
        if (host == null || RegistryHost.isLoopbackHost(host)) {
            return List.of(Proxy.NO_PROXY);
        }
        ProxySetting chosen =
                settingsProxy(uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT), host);
        if (chosen != null) {
            return List.of(
                    new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(chosen.host(), chosen.port())));
        }
        return fallback == null ? List.of(Proxy.NO_PROXY) : fallback.select(uri);
    }

    /** The settings proxy for {@code scheme} and {@code host}, or {@code null}. */
    public ProxySetting settingsProxy(String scheme, String host) {
        ProxySetting forScheme = firstFor(scheme, host);
        if (forScheme == null && "https".equals(scheme)) {
            return firstFor("http", host);
        }
        return forScheme;
    }

    private ProxySetting firstFor(String protocol, String host) {
        for (ProxySetting proxy : proxies) {
            if (proxy.protocol().equals(protocol) && !proxy.excludes(host)) {
                return proxy;
            }
        }
        return null;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        if (fallback != null) {
            fallback.connectFailed(uri, address, failure);
        }
    }
}
