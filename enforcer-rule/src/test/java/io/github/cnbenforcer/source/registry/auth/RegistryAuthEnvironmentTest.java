package io.github.cnbenforcer.source.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegistryAuthEnvironmentTest {
    private static final String VALUE = "{\"ghcr.io\":\"Bearer abc\",\"https://index.docker.io/v1/\":"
            + "\"Basic dXNlcjpwYXNz\",\"registry.local:5000\":\"Bearer local\"}";

    @Test
    void aBearerValueIsSentAsItIs() throws Exception {
        RegistryCredential credential = new RegistryAuthEnvironment(VALUE)
                .find(RegistryHost.of("ghcr.io"))
                .orElseThrow();

        assertThat(credential.kind()).isEqualTo(RegistryCredential.Kind.AUTHORIZATION_HEADER);
        assertThat(credential.secret()).isEqualTo("Bearer abc");
        assertThat(credential.source()).isEqualTo("CNB_REGISTRY_AUTH");
    }

    @Test
    void aBasicValueBecomesAUsernameAndPasswordForDockerHub() throws Exception {
        RegistryCredential credential = new RegistryAuthEnvironment(VALUE)
                .find(RegistryHost.of("docker.io"))
                .orElseThrow();

        assertThat(credential.kind()).isEqualTo(RegistryCredential.Kind.USERNAME_PASSWORD);
        assertThat(credential.username()).isEqualTo("user");
        assertThat(credential.secret()).isEqualTo("pass");
    }

    @Test
    void matchesTheRegistryWithItsPort() throws Exception {
        RegistryAuthEnvironment environment = new RegistryAuthEnvironment(VALUE);

        assertThat(environment.find(RegistryHost.of("registry.local:5000"))).isPresent();
        assertThat(environment.find(RegistryHost.of("quay.io"))).isEmpty();
    }

    @Test
    void unsetMeansNothing() throws Exception {
        assertThat(new RegistryAuthEnvironment(null).find(RegistryHost.of("ghcr.io")))
                .isEmpty();
        assertThat(new RegistryAuthEnvironment(" ").find(RegistryHost.of("ghcr.io")))
                .isEmpty();
    }

    @Test
    void malformedJsonIsAClearErrorThatDoesNotQuoteTheValue() {
        RegistryAuthEnvironment environment = new RegistryAuthEnvironment("{\"ghcr.io\":\"Bearer top-secret\"");

        assertThatThrownBy(() -> environment.find(RegistryHost.of("ghcr.io")))
                .isInstanceOf(CredentialLookupException.class)
                .hasMessageContaining("CNB_REGISTRY_AUTH is not a JSON object")
                .hasMessageNotContaining("top-secret");
    }
}
