package io.github.cnbenforcer.source.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.source.SourceLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerConfigCredentialsTest {
    @TempDir
    Path temp;

    private static String auth(String username, String password) {
        return Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static DockerConfigCredentials credentials(Map<String, String> environment, Path home) {
        return new DockerConfigCredentials(environment, home, Duration.ofSeconds(5), SourceLog.NONE);
    }

    private Path writeConfig(Path dir, String json) throws Exception {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("config.json"), json);
    }

    @Test
    void readsAuthsFromTheDockerConfigDirectory() throws Exception {
        Path dir = temp.resolve("docker-config");
        Path file = writeConfig(
                dir,
                "{\"auths\":{\"ghcr.io\":{\"auth\":\"" + auth("alice", "pa55") + "\"}},"
                        + "\"currentContext\":\"default\",\"somethingNew\":{}}");
        DockerConfigCredentials credentials = credentials(Map.of("DOCKER_CONFIG", dir.toString()), null);

        RegistryCredential credential =
                credentials.find(RegistryHost.of("ghcr.io")).orElseThrow();

        assertThat(credential.username()).isEqualTo("alice");
        assertThat(credential.secret()).isEqualTo("pa55");
        assertThat(credential.source()).isEqualTo("docker config auths 'ghcr.io' (" + file + ")");
    }

    @Test
    void readsDockerHubUnderItsLegacyKey() throws Exception {
        Path home = temp.resolve("home");
        writeConfig(
                home.resolve(".docker"),
                "{\"auths\":{\"https://index.docker.io/v1/\":{\"auth\":\"" + auth("carol", "hub-pw") + "\"}}}");
        DockerConfigCredentials credentials = credentials(Map.of(), home);

        RegistryCredential credential =
                credentials.find(RegistryHost.of("docker.io")).orElseThrow();

        assertThat(credential.username()).isEqualTo("carol");
        assertThat(credential.source()).startsWith("docker config auths 'https://index.docker.io/v1/'");
    }

    @Test
    void theDockerConfigDirectoryComesBeforeTheHomeDirectory() throws Exception {
        Path dir = temp.resolve("docker-config");
        Path home = temp.resolve("home");
        writeConfig(dir, "{\"auths\":{\"ghcr.io\":{\"auth\":\"" + auth("from-env", "x") + "\"}}}");
        writeConfig(home.resolve(".docker"), "{\"auths\":{\"ghcr.io\":{\"auth\":\"" + auth("from-home", "y") + "\"}}}");

        DockerConfigCredentials credentials = credentials(Map.of("DOCKER_CONFIG", dir.toString()), home);

        assertThat(credentials.find(RegistryHost.of("ghcr.io")).orElseThrow().username())
                .isEqualTo("from-env");
    }

    @Test
    void anIdentityTokenEntryBecomesAnIdentityToken() throws Exception {
        Path dir = temp.resolve("docker-config");
        writeConfig(
                dir,
                "{\"auths\":{\"acme.azurecr.io\":{\"auth\":\"" + auth("00000000-0000-0000-0000-000000000000", "")
                        + "\",\"identitytoken\":\"refresh-abc\"}}}");
        DockerConfigCredentials credentials = credentials(Map.of("DOCKER_CONFIG", dir.toString()), null);

        RegistryCredential credential =
                credentials.find(RegistryHost.of("acme.azurecr.io")).orElseThrow();

        assertThat(credential.kind()).isEqualTo(RegistryCredential.Kind.IDENTITY_TOKEN);
        assertThat(credential.secret()).isEqualTo("refresh-abc");
    }

    @Test
    void nothingForOtherRegistriesOrWithoutAConfig() throws Exception {
        Path dir = temp.resolve("docker-config");
        writeConfig(dir, "{\"auths\":{\"ghcr.io\":{\"auth\":\"" + auth("alice", "pa55") + "\"}}}");

        assertThat(credentials(Map.of("DOCKER_CONFIG", dir.toString()), null).find(RegistryHost.of("quay.io")))
                .isEmpty();
        assertThat(credentials(Map.of(), temp.resolve("nobody")).find(RegistryHost.of("ghcr.io")))
                .isEmpty();
    }

    @Test
    void anAuthThatIsNotBase64OfUsernameColonPasswordIsAnErrorThatDoesNotQuoteIt() throws Exception {
        Path dir = temp.resolve("docker-config");
        String noColon = Base64.getEncoder().encodeToString("hunter2".getBytes(StandardCharsets.UTF_8));
        for (String auth : new String[] {noColon, "hunter2!"}) {
            Path file = writeConfig(dir, "{\"auths\":{\"ghcr.io\":{\"auth\":\"" + auth + "\"}}}");

            assertThatThrownBy(() -> credentials(Map.of("DOCKER_CONFIG", dir.toString()), null)
                            .find(RegistryHost.of("ghcr.io")))
                    .isInstanceOf(CredentialLookupException.class)
                    .hasMessage("the docker config auths 'ghcr.io' (" + file
                            + ") holds an 'auth' that is not base64 of username:password");
        }
    }
}
