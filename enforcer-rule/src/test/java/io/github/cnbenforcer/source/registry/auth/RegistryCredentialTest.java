package io.github.cnbenforcer.source.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistryCredentialTest {
    @Test
    void neverShowsItsSecret() {
        assertThat(RegistryCredential.usernamePassword("alice", "pa55", "settings.xml server 'x'"))
                .hasToString("credentials from settings.xml server 'x'");
        assertThat(RegistryCredential.identityToken("refresh", "docker config").toString())
                .doesNotContain("refresh");
        assertThat(RegistryCredential.authorizationHeader("Bearer abc", "CNB_REGISTRY_AUTH")
                        .toString())
                .doesNotContain("abc");
        assertThat(new ServerLogin("ghcr.io", "alice", "pa55").toString()).doesNotContain("pa55");
    }

    @Test
    void basicAuthorizationEncodesUsernameAndPassword() {
        assertThat(RegistryCredential.usernamePassword("user", "pass", "s").basicAuthorization())
                .isEqualTo("Basic dXNlcjpwYXNz");
        assertThat(RegistryCredential.anonymous().basicAuthorization()).isNull();
    }

    @Test
    void anAuthorizationValueThatIsNotBasicIsKeptWhole() {
        RegistryCredential credential = RegistryCredential.authorizationHeader("Basic not-base64!", "s");

        assertThat(credential.kind()).isEqualTo(RegistryCredential.Kind.AUTHORIZATION_HEADER);
        assertThat(credential.basicAuthorization()).isEqualTo("Basic not-base64!");
    }
}
