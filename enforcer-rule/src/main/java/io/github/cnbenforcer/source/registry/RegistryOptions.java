package io.github.cnbenforcer.source.registry;

import io.github.cnbenforcer.source.Deadline;
import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.source.registry.auth.CredentialChain;
import io.github.cnbenforcer.source.registry.auth.SettingsServers;
import io.github.cnbenforcer.source.registry.transport.HttpTransport;
import io.github.cnbenforcer.source.registry.transport.ProxySetting;
import io.github.cnbenforcer.source.registry.transport.Sleeper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How registries are reached: what the rule's parameters, the Maven session and the environment say
 * about the network and about credentials. Immutable; every {@code with…} returns a copy.
 */
public final class RegistryOptions {
    /** Connect and read timeout when the rule does not set {@code timeout}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    /** How long the whole rule may take when the rule does not set {@code deadline}. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(5);

    private final boolean allowInsecureRegistries;
    private final Duration timeout;
    private final Deadline deadline;
    private final boolean offline;
    private final SettingsServers settingsServers;
    private final List<ProxySetting> proxies;
    private final Map<String, String> environment;
    private final Path userHome;
    private final SourceLog log;

    private RegistryOptions(
            boolean allowInsecureRegistries,
            Duration timeout,
            Deadline deadline,
            boolean offline,
            SettingsServers settingsServers,
            List<ProxySetting> proxies,
            Map<String, String> environment,
            Path userHome,
            SourceLog log) {
        this.allowInsecureRegistries = allowInsecureRegistries;
        this.timeout = Objects.requireNonNull(timeout);
        this.deadline = Objects.requireNonNull(deadline);
        this.offline = offline;
        this.settingsServers = Objects.requireNonNull(settingsServers);
        this.proxies = List.copyOf(proxies);
        this.environment = Map.copyOf(environment);
        this.userHome = userHome;
        this.log = Objects.requireNonNull(log);
    }

    /** The defaults: secure, online, no settings.xml, this process's environment and home directory. */
    public static RegistryOptions defaults() {
        String home = System.getProperty("user.home");
        return new RegistryOptions(
                false,
                DEFAULT_TIMEOUT,
                Deadline.after(DEFAULT_DEADLINE),
                false,
                SettingsServers.NONE,
                List.of(),
                System.getenv(),
                home == null ? null : Path.of(home),
                SourceLog.NONE);
    }

    public RegistryOptions withAllowInsecureRegistries(boolean allow) {
        return new RegistryOptions(
                allow, timeout, deadline, offline, settingsServers, proxies, environment, userHome, log);
    }

    public RegistryOptions withTimeout(Duration newTimeout) {
        return new RegistryOptions(
                allowInsecureRegistries,
                newTimeout,
                deadline,
                offline,
                settingsServers,
                proxies,
                environment,
                userHome,
                log);
    }

    /** The deadline of the whole rule, already running. */
    public RegistryOptions withDeadline(Deadline newDeadline) {
        return new RegistryOptions(
                allowInsecureRegistries,
                timeout,
                newDeadline,
                offline,
                settingsServers,
                proxies,
                environment,
                userHome,
                log);
    }

    public RegistryOptions withOffline(boolean isOffline) {
        return new RegistryOptions(
                allowInsecureRegistries,
                timeout,
                deadline,
                isOffline,
                settingsServers,
                proxies,
                environment,
                userHome,
                log);
    }

    public RegistryOptions withSettingsServers(SettingsServers servers) {
        return new RegistryOptions(
                allowInsecureRegistries, timeout, deadline, offline, servers, proxies, environment, userHome, log);
    }

    public RegistryOptions withProxies(List<ProxySetting> activeProxies) {
        return new RegistryOptions(
                allowInsecureRegistries,
                timeout,
                deadline,
                offline,
                settingsServers,
                activeProxies,
                environment,
                userHome,
                log);
    }

    /** The environment variables sources read ({@code CNB_REGISTRY_AUTH}, {@code DOCKER_CONFIG}, …). */
    public RegistryOptions withEnvironment(Map<String, String> variables) {
        return new RegistryOptions(
                allowInsecureRegistries,
                timeout,
                deadline,
                offline,
                settingsServers,
                proxies,
                variables,
                userHome,
                log);
    }

    /** The home directory that holds {@code .docker/config.json}; {@code null} for none. */
    public RegistryOptions withUserHome(Path home) {
        return new RegistryOptions(
                allowInsecureRegistries, timeout, deadline, offline, settingsServers, proxies, environment, home, log);
    }

    public RegistryOptions withLog(SourceLog newLog) {
        return new RegistryOptions(
                allowInsecureRegistries,
                timeout,
                deadline,
                offline,
                settingsServers,
                proxies,
                environment,
                userHome,
                newLog);
    }

    public boolean allowInsecureRegistries() {
        return allowInsecureRegistries;
    }

    /** How long one registry request may wait for an answer, or for the next bytes of one. */
    public Duration timeout() {
        return timeout;
    }

    public Deadline deadline() {
        return deadline;
    }

    /** Maven runs with {@code -o}: no registry may be contacted. */
    public boolean offline() {
        return offline;
    }

    /** The settings.xml {@code <server>} entries, looked up by id. */
    public SettingsServers settingsServers() {
        return settingsServers;
    }

    /** The active settings.xml {@code <proxies>}. */
    public List<ProxySetting> proxies() {
        return proxies;
    }

    public Map<String, String> environment() {
        return environment;
    }

    public Path userHome() {
        return userHome;
    }

    public SourceLog log() {
        return log;
    }

    /** The HTTP client of one run, with these timeouts, proxies and TLS policy. */
    public HttpTransport httpTransport(Sleeper sleeper) {
        return new HttpTransport(timeout, deadline, proxies, allowInsecureRegistries, log, sleeper);
    }

    /** Where credentials come from, in the lookup order. */
    public CredentialChain credentials() {
        return CredentialChain.standard(settingsServers, environment, userHome, timeout, log);
    }

    @Override
    public String toString() {
        return "RegistryOptions[allowInsecureRegistries=" + allowInsecureRegistries + ", timeout=" + timeout
                + ", deadline=" + deadline + ", offline=" + offline + ", proxies=" + proxies + "]";
    }
}
