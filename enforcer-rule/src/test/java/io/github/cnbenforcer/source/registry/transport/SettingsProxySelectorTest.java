package io.github.cnbenforcer.source.registry.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsProxySelectorTest {
    private static final ProxySelector NO_FALLBACK = null;

    private static String chosen(SettingsProxySelector selector, String uri) {
        Proxy proxy = selector.select(URI.create(uri)).get(0);
        if (proxy.type() == Proxy.Type.DIRECT) {
            return "direct";
        }
        InetSocketAddress address = (InetSocketAddress) proxy.address();
        return address.getHostString() + ":" + address.getPort();
    }

    @Test
    void usesTheProxyForTheTargetsProtocol() {
        SettingsProxySelector selector = new SettingsProxySelector(
                List.of(
                        new ProxySetting("http", "plain.proxy", 3128, null, null, null),
                        new ProxySetting("https", "secure.proxy", 3129, null, null, null)),
                NO_FALLBACK);

        assertThat(chosen(selector, "https://ghcr.io/v2/")).isEqualTo("secure.proxy:3129");
        assertThat(chosen(selector, "http://registry.example.com/v2/")).isEqualTo("plain.proxy:3128");
    }

    @Test
    void anHttpProxyAlsoServesHttpsTargetsAsInMaven() {
        SettingsProxySelector selector = new SettingsProxySelector(
                List.of(new ProxySetting("http", "proxy.corp", 8080, "u", "p", null)), NO_FALLBACK);

        assertThat(chosen(selector, "https://ghcr.io/v2/")).isEqualTo("proxy.corp:8080");
    }

    @Test
    void honoursNonProxyHostsWithWildcards() {
        SettingsProxySelector selector = new SettingsProxySelector(
                List.of(new ProxySetting("https", "proxy.corp", 8080, null, null, "*.corp.example|registry.local")),
                NO_FALLBACK);

        assertThat(chosen(selector, "https://harbor.corp.example/v2/")).isEqualTo("direct");
        assertThat(chosen(selector, "https://REGISTRY.local/v2/")).isEqualTo("direct");
        assertThat(chosen(selector, "https://ghcr.io/v2/")).isEqualTo("proxy.corp:8080");
    }

    @Test
    void neverProxiesLoopback() {
        SettingsProxySelector selector = new SettingsProxySelector(
                List.of(new ProxySetting("http", "proxy.corp", 8080, null, null, null)), NO_FALLBACK);

        assertThat(chosen(selector, "http://127.0.0.1:5000/v2/")).isEqualTo("direct");
        assertThat(chosen(selector, "http://localhost:5000/v2/")).isEqualTo("direct");
    }

    @Test
    void fallsBackToTheJvmSelectorWithoutASettingsProxy() {
        ProxySelector jvm = new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("jvm.proxy", 1)));
            }

            @Override
            public void connectFailed(URI uri, java.net.SocketAddress address, java.io.IOException e) {}
        };
        SettingsProxySelector selector = new SettingsProxySelector(
                List.of(new ProxySetting("https", "proxy.corp", 8080, null, null, "ghcr.io")), jvm);

        assertThat(chosen(selector, "https://ghcr.io/v2/")).isEqualTo("jvm.proxy:1");
    }

    @Test
    void aProxyNeverShowsItsPassword() {
        assertThat(new ProxySetting("http", "proxy.corp", 8080, "user", "proxy-secret", null).toString())
                .doesNotContain("proxy-secret");
    }
}
