package io.github.cnbenforcer.source.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.testing.RecordingSourceLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docker config.json credential helpers, run for real: shell scripts on the PATH. */
class DockerCredentialHelperTest {
    private static final String SECRET = "s3cret-from-helper";

    @TempDir
    Path temp;

    private CredentialHelpers helpers;
    private Path configDir;
    private final RecordingSourceLog log = new RecordingSourceLog();

    @BeforeEach
    void setUp() throws Exception {
        helpers = new CredentialHelpers(temp.resolve("bin"));
        configDir = Files.createDirectories(temp.resolve("docker"));
    }

    private Optional<RegistryCredential> find(String config, String registry, Duration timeout) throws Exception {
        Files.writeString(configDir.resolve("config.json"), config);
        Map<String, String> environment = new HashMap<>(helpers.environment());
        environment.put("DOCKER_CONFIG", configDir.toString());
        return new DockerConfigCredentials(environment, null, timeout, log).find(RegistryHost.of(registry));
    }

    private Optional<RegistryCredential> find(String config, String registry) throws Exception {
        return find(config, registry, Duration.ofSeconds(10));
    }

    @Test
    void credsStoreHelperIsAskedForTheRegistryWithGet() throws Exception {
        helpers.answering("test", "alice", SECRET);

        RegistryCredential credential =
                find("{\"credsStore\":\"test\"}", "ghcr.io").orElseThrow();

        assertThat(helpers.asked("test")).isEqualTo("get|ghcr.io");
        assertThat(credential.kind()).isEqualTo(RegistryCredential.Kind.USERNAME_PASSWORD);
        assertThat(credential.username()).isEqualTo("alice");
        assertThat(credential.secret()).isEqualTo(SECRET);
        assertThat(credential.source()).isEqualTo("docker config credsStore 'test' (" + configDir + "/config.json)");
        assertThat(credential.toString()).doesNotContain(SECRET);
    }

    @Test
    void aCredHelpersEntryComesBeforeCredsStore() throws Exception {
        helpers.answering("ecr", "AWS", SECRET).answering("desktop", "someone-else", "other");

        RegistryCredential credential = find(
                        "{\"credsStore\":\"desktop\",\"credHelpers\":{\"127.0.0.1:5000\":\"ecr\"}}", "127.0.0.1:5000")
                .orElseThrow();

        assertThat(credential.username()).isEqualTo("AWS");
        assertThat(credential.source()).startsWith("docker config credHelper 'ecr'");
        assertThat(helpers.asked("ecr")).isEqualTo("get|127.0.0.1:5000");
        assertThat(helpers.asked("desktop")).isNull();
    }

    @Test
    void dockerHubIsAskedForUnderItsLegacyServerUrl() throws Exception {
        helpers.answering("test", "carol", SECRET);

        find("{\"credsStore\":\"test\"}", "docker.io").orElseThrow();

        assertThat(helpers.asked("test")).isEqualTo("get|https://index.docker.io/v1/");
    }

    @Test
    void aTokenUsernameMarksAnIdentityToken() throws Exception {
        helpers.answering("test", "<token>", "refresh-abc");

        Optional<RegistryCredential> found = find("{\"credsStore\":\"test\"}", "acme.azurecr.io");

        assertThat(log.warnings()).isEmpty();
        RegistryCredential credential = found.orElseThrow();
        assertThat(credential.kind()).isEqualTo(RegistryCredential.Kind.IDENTITY_TOKEN);
        assertThat(credential.secret()).isEqualTo("refresh-abc");
    }

    @Test
    void aHelperWithoutCredentialsLeavesTheAuthsEntry() throws Exception {
        helpers.notFound("test");

        assertThat(find("{\"credsStore\":\"test\"}", "ghcr.io")).isEmpty();
        RegistryCredential fromAuths = find(
                        "{\"credsStore\":\"test\",\"auths\":{\"ghcr.io\":{\"auth\":\"Ym9iOnB3\"}}}", "ghcr.io")
                .orElseThrow();
        assertThat(fromAuths.username()).isEqualTo("bob");
        assertThat(fromAuths.source()).startsWith("docker config auths 'ghcr.io'");
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void aHangingHelperIsStoppedWithWhatItStartedAtTheDeadline() throws Exception {
        helpers.hanging("hang");

        Optional<RegistryCredential> credential = find("{\"credsStore\":\"hang\"}", "ghcr.io", Duration.ofMillis(1500));

        assertThat(credential).isEmpty();
        assertThat(log.warnings())
                .containsExactly("the docker credential helper docker-credential-hang did not answer within 1 s and"
                        + " was stopped; reading the auths entry for ghcr.io instead");
        assertEnds(helpers.pid("hang", "pid"));
        assertEnds(helpers.pid("hang", "child.pid"));
    }

    /** The process is gone, or ends soon after being killed (it was told to sleep for 300 s). */
    private static void assertEnds(long pid) throws Exception {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent()) {
            process.get().onExit().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFailingHelperIsAWarningThatNeverShowsItsOutput() throws Exception {
        helpers.failing("test", SECRET);

        assertThat(find("{\"credsStore\":\"test\"}", "ghcr.io")).isEmpty();

        assertThat(log.warnings())
                .singleElement()
                .asString()
                .contains("docker-credential-test exited with status 3 (run 'docker-credential-test get' to see why)")
                .doesNotContain(SECRET)
                .doesNotContain("keychain");
    }

    @Test
    void aHelperThatAnswersSomethingElseIsAWarningWithoutItsAnswer() throws Exception {
        helpers.garbling("test");

        assertThat(find("{\"credsStore\":\"test\"}", "ghcr.io")).isEmpty();

        assertThat(log.warnings())
                .singleElement()
                .asString()
                .contains("did not answer with the JSON object of the credential-helper protocol")
                .doesNotContain("s3cret");
    }

    @Test
    void aHelperThatIsNotOnThePathIsAWarning() throws Exception {
        assertThat(find("{\"credsStore\":\"desktop\"}", "ghcr.io")).isEmpty();

        assertThat(log.warnings())
                .containsExactly("the docker credential helper docker-credential-desktop is not on the PATH;"
                        + " reading the auths entry for ghcr.io instead");
    }

    @Test
    void aHelperNameIsNeverAPath() throws Exception {
        helpers.answering("test", "alice", SECRET);

        assertThat(find("{\"credsStore\":\"../bin/docker-credential-test\"}", "ghcr.io"))
                .isEmpty();

        assertThat(log.warnings()).singleElement().asString().contains("is not a helper name");
        assertThat(helpers.asked("test")).isNull();
    }

    @Test
    void aMalformedConfigSaysWhereWithoutQuotingIt() throws Exception {
        assertThatThrownBy(() -> find("{\"auths\":{\"ghcr.io\":{\"auth\":\"" + SECRET + "\" oops}}}", "ghcr.io"))
                .isInstanceOf(CredentialLookupException.class)
                .hasMessageContaining(configDir + "/config.json is not valid JSON (line 1, column")
                .hasMessageNotContaining(SECRET)
                .hasMessageNotContaining("oops");
    }
}
