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
import java.util.function.Consumer;

/**
 * How registries are reached: what the rule's parameters, the Maven session and the environment say
 * about the network and about credentials. Immutable to its users: every {@code with…} returns a
 * changed copy.
 */
public final class RegistryOptions {
    /** Connect and read timeout when the rule does not set {@code timeout}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    /** How long the whole rule may take when the rule does not set {@code deadline}. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(5);

    private boolean allowInsecureRegistries;
    private Duration timeout = DEFAULT_TIMEOUT;
    private Deadline deadline;
    private boolean offline;
    private SettingsServers settingsServers = SettingsServers.NONE;
    private List<ProxySetting> proxies = List.of();
    private Map<String, String> environment = Map.of();
    private Path userHome;
    private SourceLog log = SourceLog.NONE;

    private RegistryOptions() {}

    /** The defaults: secure, online, no settings.xml, this process's environment and home directory. */
    public static RegistryOptions defaults() {
        RegistryOptions options = new RegistryOptions();
        options.deadline = Deadline.after(DEFAULT_DEADLINE);
        options.environment = Map.copyOf(System.getenv());
        String home = System.getProperty("user.home");
        options.userHome = home == null ? null : Path.of(home);
        return options;
    }

    public RegistryOptions withAllowInsecureRegistries(boolean allow) {
        return with(copy -> copy.allowInsecureRegistries = allow);
    }

    public RegistryOptions withTimeout(Duration newTimeout) {
        return with(copy -> copy.timeout = Objects.requireNonNull(newTimeout));
    }

    /** The deadline of the whole rule, already running. */
    public RegistryOptions withDeadline(Deadline newDeadline) {
        return with(copy -> copy.deadline = Objects.requireNonNull(newDeadline));
    }

    public RegistryOptions withOffline(boolean isOffline) {
        return with(copy -> copy.offline = isOffline);
    }

    public RegistryOptions withSettingsServers(SettingsServers servers) {
        return with(copy -> copy.settingsServers = Objects.requireNonNull(servers));
    }

    public RegistryOptions withProxies(List<ProxySetting> activeProxies) {
        return with(copy -> copy.proxies = List.copyOf(activeProxies));
    }

    /** The environment variables sources read ({@code CNB_REGISTRY_AUTH}, {@code DOCKER_CONFIG}, …). */
    public RegistryOptions withEnvironment(Map<String, String> variables) {
        return with(copy -> copy.environment = Map.copyOf(variables));
    }

    /** The home directory that holds {@code .docker/config.json}; {@code null} for none. */
    public RegistryOptions withUserHome(Path home) {
        return with(copy -> copy.userHome = home);
    }

    public RegistryOptions withLog(SourceLog newLog) {
        return with(copy -> copy.log = Objects.requireNonNull(newLog));
    }

    private RegistryOptions with(Consumer<RegistryOptions> change) {
        RegistryOptions copy = new RegistryOptions();
        copy.allowInsecureRegistries = allowInsecureRegistries;
        copy.timeout = timeout;
        copy.deadline = deadline;
        copy.offline = offline;
        copy.settingsServers = settingsServers;
        copy.proxies = proxies;
        copy.environment = environment;
        copy.userHome = userHome;
        copy.log = log;
        change.accept(copy);
        return copy;
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
