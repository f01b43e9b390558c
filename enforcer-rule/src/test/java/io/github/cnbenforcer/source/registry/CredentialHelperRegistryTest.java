package io.github.cnbenforcer.source.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.source.ImageResolver;
import io.github.cnbenforcer.source.registry.FakeRegistry.Answer;
import io.github.cnbenforcer.source.registry.auth.CredentialHelpers;
import io.github.cnbenforcer.source.registry.auth.RegistryCredential;
import io.github.cnbenforcer.testing.EncodedImage;
import io.github.cnbenforcer.testing.TestImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A docker credential helper runs only when a registry asks for credentials, and its credential is sent. */
class CredentialHelperRegistryTest {
    private static final String REPOSITORY = "stacks/run";
    private static final String SECRET = "helper-secret";

    @TempDir
    Path temp;

    @AutoClose
    private final FakeRegistry registry = FakeRegistry.start();

    private CredentialHelpers helpers;
    private RegistryOptions options;

    @BeforeEach
    void start() throws Exception {
        helpers = new CredentialHelpers(temp.resolve("bin")).answering("test", "alice", SECRET);
        Path dockerConfig = Files.createDirectories(temp.resolve("docker"));
        Files.writeString(dockerConfig.resolve("config.json"), "{\"credsStore\":\"test\"}");
        Map<String, String> environment = new HashMap<>(helpers.environment());
        environment.put("DOCKER_CONFIG", dockerConfig.toString());
        options = IsolatedOptions.withEnvironment(environment);
    }

    private void resolve() throws Exception {
        ImageRef ref = ImageRef.parse(registry.authority() + "/" + REPOSITORY + ":jammy", Path.of("."));
        ImageResolver.resolve(
                RegistrySource.open(ref, new RegistryClientPool(options, ImageCache.NONE), ImageCache.NONE));
    }

    @Test
    void aRegistryThatAsksForNothingStartsNoHelper() throws Exception {
        registry.serve(REPOSITORY, "jammy", TestImage.minimal("linux", "amd64"));

        resolve();

        assertThat(helpers.asked("test")).isNull();
    }

    @Test
    void aRegistryThatAsksGetsTheHelpersCredential() throws Exception {
        EncodedImage image = registry.serve(REPOSITORY, "jammy", TestImage.minimal("linux", "amd64"));
        registry.serve(
                "GET",
                "/v2/" + REPOSITORY + "/manifests/jammy",
                Answer.json(401, "{}").withHeader("WWW-Authenticate", "Basic realm=\"fake\""),
                Answer.ok(image.manifest(), MediaTypes.OCI_MANIFEST)
                        .withHeader(
                                "Docker-Content-Digest", image.manifestDigest().toString()));

        resolve();

        assertThat(helpers.asked("test")).isEqualTo("get|" + registry.authority());
        List<FakeRegistry.Request> manifestRequests =
                registry.requests("GET", "/v2/" + REPOSITORY + "/manifests/jammy");
        assertThat(manifestRequests)
                .extracting(FakeRegistry.Request::authorization)
                .containsExactly(null, RegistryCredential.basic("alice", SECRET));
    }
}
