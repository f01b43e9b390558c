package io.github.cnbenforcer.source.registry.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** An active settings.xml {@code <proxy>}: protocol, host, port, optional login, hosts it does not serve. */
public final class ProxySetting {
    private final String protocol;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final List<Pattern> nonProxyHosts;
    private final String nonProxyHostsText;

    /**
     * @param nonProxyHosts {@code |}- or {@code ,}-separated host patterns with {@code *} wildcards, or {@code null}
     */
    public ProxySetting(
            String protocol, String host, int port, String username, String password, String nonProxyHosts) {
        this.protocol = protocol == null || protocol.isBlank()
                ? "http"
                : protocol.trim().toLowerCase(Locale.ROOT);
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.nonProxyHostsText = nonProxyHosts == null ? "" : nonProxyHosts;
        this.nonProxyHosts = parsePatterns(this.nonProxyHostsText);
    }

    /** The target protocol this proxy serves: {@code http} or {@code https}. */
    public String protocol() {
        return protocol;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String username() {
        return username;
    }

    /** The decrypted proxy password; never log it. */
    public String password() {
        return password;
    }

    public boolean hasLogin() {
        return username != null && !username.isEmpty();
    }

    /** Whether {@code targetHost} is one of the hosts this proxy must not be used for. */
    public boolean excludes(String targetHost) {
        String candidate = targetHost.toLowerCase(Locale.ROOT);
        for (Pattern pattern : nonProxyHosts) {
            if (pattern.matcher(candidate).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> parsePatterns(String text) {
        List<Pattern> patterns = new ArrayList<>();
        for (String part : text.split("[|,]")) {
            String glob = part.trim().toLowerCase(Locale.ROOT);
            if (!glob.isEmpty()) {
                StringBuilder regex = new StringBuilder();
                for (String literal : glob.split("\\*", -1)) {
                    if (regex.length() > 0) {
                        regex.append(".*");
                    }
                    regex.append(Pattern.quote(literal));
                }
                patterns.add(Pattern.compile(regex.toString()));
            }
        }
        return patterns;
    }

    @Override
    public String toString() {
        return protocol + " proxy " + host + ":" + port
                + (nonProxyHostsText.isEmpty() ? "" : " (not for " + nonProxyHostsText + ")");
    }
}
