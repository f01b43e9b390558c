package io.github.cnbenforcer.source.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DockerNamesTest {
    @ParameterizedTest
    @CsvSource({
        "ubuntu:22.04, docker.io/library/ubuntu:22.04",
        "ubuntu, docker.io/library/ubuntu:latest",
        "library/ubuntu:22.04, index.docker.io/library/ubuntu:22.04",
        "paketobuildpacks/run-jammy-base:latest, registry-1.docker.io/paketobuildpacks/run-jammy-base",
        "localhost:5000/stacks/run:jammy, localhost:5000/stacks/run:jammy",
    })
    void namesOfOneImageAreTheSame(String wanted, String name) {
        assertThat(DockerNames.sameImage(wanted, name)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "ubuntu:22.04, ubuntu:24.04",
        "ubuntu:22.04, ghcr.io/library/ubuntu:22.04",
        "example/run:jammy, docker.io/library/run:jammy",
        "localhost:5000/run:jammy, localhost:5001/run:jammy",
    })
    void namesOfOtherImagesDiffer(String wanted, String name) {
        assertThat(DockerNames.sameImage(wanted, name)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"Not_A/Name:!, Not_A/Name:!"})
    void nameThatDoesNotParseComparesAsWritten(String wanted, String name) {
        assertThat(DockerNames.canonical(wanted)).isEqualTo(wanted);
        assertThat(DockerNames.sameImage(wanted, name)).isTrue();
    }
}
