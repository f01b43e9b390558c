package io.github.cnbenforcer.builder;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.reference.RegistryReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceMatchTest {
    private static final String A = "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private static final String B = "sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource({
        "ubuntu, docker.io/library/ubuntu:latest, SAME",
        "index.docker.io/acme/run:jammy, acme/run:jammy, SAME",
        "ghcr.io/acme/run:jammy, ghcr.io/acme/run:noble, OTHER",
        "ghcr.io/acme/run, ghcr.io/acme/run:latest, SAME",
        "ghcr.io/acme/run:jammy, ghcr.io/acme/other:jammy, OTHER",
        "ghcr.io/acme/run:jammy, mirror.example.com/acme/run:jammy, OTHER",
        "127.0.0.1:5000/stacks/run:jammy, 127.0.0.1:5000/stacks/run:jammy, SAME",
        "127.0.0.1:5000/stacks/run:jammy, 127.0.0.1:5001/stacks/run:jammy, OTHER",
        "ghcr.io/acme/run@" + A + ", ghcr.io/acme/run@" + A + ", SAME",
        "ghcr.io/acme/run@" + A + ", ghcr.io/acme/run:jammy@" + B + ", OTHER",
        "ghcr.io/acme/run:jammy@" + A + ", ghcr.io/acme/run:jammy, SAME",
        "ghcr.io/acme/run@" + A + ", ghcr.io/acme/run:jammy, SAME_REPOSITORY",
        "ghcr.io/acme/run:jammy, ghcr.io/acme/run@" + A + ", SAME_REPOSITORY",
        "ghcr.io/acme/run:jammy, Not A Reference, OTHER"
    })
    void comparesNormalisedReferences(String wanted, String named, ReferenceMatch expected) {
        assertThat(ReferenceMatch.of(RegistryReference.parse(wanted), named)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "registry.example.com/stacks/run:jammy, registry.example.com/stacks/run:jammy",
        "localhost:5000/run, localhost:5000/run",
        "localhost/run, localhost/run",
        "jammy, ''",
        "stacks/run:jammy, ''",
        "registry.example.com/Not Valid, ''"
    })
    void aLocalNameStandsForARegistryReferenceOnlyWhenItNamesTheRegistry(String name, String expected) {
        assertThat(ReferenceMatch.publishedName(name).map(Object::toString).orElse(""))
                .isEqualTo(expected);
    }
}
