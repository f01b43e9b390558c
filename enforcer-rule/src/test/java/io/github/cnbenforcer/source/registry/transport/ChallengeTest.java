package io.github.cnbenforcer.source.registry.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChallengeTest {
    @Test
    void readsABearerChallenge() {
        List<Challenge> challenges = Challenge.parseAll(List.of("Bearer realm=\"https://auth.docker.io/token\","
                + "service=\"registry.docker.io\",scope=\"repository:library/ubuntu:pull\""));

        assertThat(challenges).hasSize(1);
        Challenge bearer = challenges.get(0);
        assertThat(bearer.scheme()).isEqualTo(Challenge.BEARER);
        assertThat(bearer.realm()).contains("https://auth.docker.io/token");
        assertThat(bearer.parameter("service")).contains("registry.docker.io");
        assertThat(bearer.parameter("SCOPE")).contains("repository:library/ubuntu:pull");
    }

    @Test
    void readsSeveralChallengesInOneHeaderAndPrefersBearer() {
        List<Challenge> challenges = Challenge.parseAll(List.of(
                "Basic realm=\"Harbor\", Bearer realm=\"https://h.example/service/token\", service=harbor-registry"));

        assertThat(challenges).extracting(Challenge::scheme).containsExactly("basic", "bearer");
        assertThat(Challenge.preferred(challenges).orElseThrow().parameter("service"))
                .contains("harbor-registry");
    }

    @Test
    void readsChallengesFromSeveralHeaders() {
        List<Challenge> challenges = Challenge.parseAll(List.of("Negotiate abc123==", "BASIC realm=\"x\""));

        assertThat(challenges).extracting(Challenge::scheme).containsExactly("negotiate", "basic");
        assertThat(Challenge.preferred(challenges).orElseThrow().isBasic()).isTrue();
    }

    @Test
    void unquotesEscapedCharacters() {
        Challenge challenge = Challenge.parseAll(
                        List.of("Bearer realm=\"https://a.example/t?x=\\\"y\\\"\",error=\"insufficient_scope\""))
                .get(0);

        assertThat(challenge.realm()).contains("https://a.example/t?x=\"y\"");
        assertThat(challenge.parameter("error")).contains("insufficient_scope");
    }

    @Test
    void ignoresSchemesItCannotAnswer() {
        assertThat(Challenge.preferred(Challenge.parseAll(List.of("Negotiate", "Digest realm=\"x\""))))
                .isEmpty();
        assertThat(Challenge.parseAll(List.of(""))).isEmpty();
    }
}
