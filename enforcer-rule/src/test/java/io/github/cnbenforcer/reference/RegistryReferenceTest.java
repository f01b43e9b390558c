package io.github.cnbenforcer.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Edge cases of the distribution project's reference grammar and its Docker Hub normalisation. */
class RegistryReferenceTest {
    private static final String SHA256 = "sha256:ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                // input, registry, repository, tag, digest
                "ubuntu, docker.io, library/ubuntu, -, -",
                "ubuntu:22.04, docker.io, library/ubuntu, 22.04, -",
                "paketobuildpacks/run-jammy-base, docker.io, paketobuildpacks/run-jammy-base, -, -",
                "docker.io/ubuntu, docker.io, library/ubuntu, -, -",
                "index.docker.io/ubuntu, docker.io, library/ubuntu, -, -",
                "registry-1.docker.io/acme/run, docker.io, acme/run, -, -",
                "docker.io/library/debian, docker.io, library/debian, -, -",
                "localhost/debian, localhost, debian, -, -",
                "localhost:5000/stacks/run:jammy, localhost:5000, stacks/run, jammy, -",
                "LOCALDOMAIN/debian, LOCALDOMAIN, debian, -, -",
                "Docker/docker, Docker, docker, -, -",
                "test.com:tag, docker.io, library/test.com, tag, -",
                "test.com:5000, docker.io, library/test.com, 5000, -",
                "test:5000/repo, test:5000, repo, -, -",
                "192.168.1.1, docker.io, library/192.168.1.1, -, -",
                "192.168.1.1:5000/repo:5050, 192.168.1.1:5000, repo, 5050, -",
                "sub-dom1.foo.com/bar/baz/quux:some-long-tag, sub-dom1.foo.com, bar/baz/quux, some-long-tag, -",
                "b.gcr.io/test.example.com/my-app:test.example.com, b.gcr.io, test.example.com/my-app,"
                        + " test.example.com, -",
                "xn--n3h.com/myimage:xn--n3h.com, xn--n3h.com, myimage, xn--n3h.com, -",
                "foo/foo_bar.com:8080, docker.io, foo/foo_bar.com, 8080, -",
                "lowercase:Uppercase, docker.io, library/lowercase, Uppercase, -",
                "docker---rules/docker, docker.io, docker---rules/docker, -, -",
                "dock__er/docker, docker.io, dock__er/docker, -, -",
                "d/docker, docker.io, d/docker, -, -",
                "[2001:db8::1]/repo, [2001:db8::1], repo, -, -",
                "[2001:db8::1]:5000/repo:tag, [2001:db8::1]:5000, repo, tag, -",
                "[::1]:5000/repo, [::1]:5000, repo, -, -",
            })
    void parsesAsDockerDoes(String input, String registry, String repository, String tag, String digest) {
        RegistryReference reference = RegistryReference.parse(input);

        assertThat(reference.registry()).isEqualTo(registry);
        assertThat(reference.repository()).isEqualTo(repository);
        assertThat(reference.tag()).isEqualTo(Optional.ofNullable(tag));
        assertThat(reference.digest()).isEqualTo(Optional.ofNullable(digest));
    }

    @Test
    void aDigestPinsTheImageEvenNextToATag() {
        RegistryReference reference = RegistryReference.parse("test:5000/repo:tag@" + SHA256);

        assertThat(reference.tag()).contains("tag");
        assertThat(reference.digest()).contains(SHA256);
        assertThat(reference.qualifier()).isEqualTo(SHA256);
        assertThat(reference).hasToString("test:5000/repo:tag@" + SHA256);
    }

    @Test
    void withoutTagOrDigestTheQualifierIsLatest() {
        assertThat(RegistryReference.parse("ghcr.io/acme/run").qualifier()).isEqualTo("latest");
        assertThat(RegistryReference.parse("ghcr.io/acme/run:jammy").qualifier())
                .isEqualTo("jammy");
    }

    @Test
    void namesAreKeptUpToTheLengthLimit() {
        String longest = "a".repeat(RegistryReference.MAX_REPOSITORY_CHARS);
        assertThat(RegistryReference.parse("example.com/" + longest + ":tag").repository())
                .isEqualTo(longest);
        assertThat(RegistryReference.parse("a/".repeat(127) + "a:tag-puts-this-over-max")
                        .repository())
                .hasSize(255);
        assertThat(RegistryReference.parse("acme/run:" + "t".repeat(128)).tag())
                .hasValueSatisfying(tag -> assertThat(tag).hasSize(128));
    }

    @ParameterizedTest
    @CsvSource({
        "'', empty",
        ":justtag, names no repository",
        "'@" + SHA256 + "', names no repository",
        "repo@sha256:ffffffffffffffffffffffffffffffffff, the digest",
        "validname@invaliddigest:ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff, the digest",
        "'repo@sha256:FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF', the digest",
        "Uppercase:tag, must be lowercase",
        "test:5000/Uppercase/lowercase:tag, must be lowercase",
        "docker/Docker, must be lowercase",
        "docker.io/docker/Docker, must be lowercase",
        "aa/asdf$$^/aa, a repository name is made of",
        "https://github.com/docker/docker, is not a registry",
        "-docker, a repository name is made of",
        "-docker/docker, a repository name is made of",
        "-docker.io/docker/docker, is not a registry",
        "docker-/docker, a repository name is made of",
        "docker///docker, a repository name is made of",
        "docker.io/docker///docker, a repository name is made of",
        "____/____, a repository name is made of",
        "_docker/_docker, a repository name is made of",
        "dock..er/docker, is not a registry",
        "dock_.er/docker, is not a registry",
        "dock-.er/docker, is not a registry",
        "docker/, a repository name is made of",
        "[fc00::1], the tag",
        "[fc00::1]:5000, a repository name is made of",
        "[2001:db8::1]:tag, a repository name is made of",
        "fc00::1:5000/debian, is not a registry",
        "[fe80::1%eth0]:5000/debian, is not a registry",
        "[2001:db8:3:4::192.0.2.33]:5000/debian, is not a registry",
        "1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a, image ID",
        "acme/run:.hidden, the tag",
        "acme/run:-dash, the tag",
        "acme/run:a b, the tag",
    })
    void refusesWhatDockerRefuses(String input, String reason) {
        assertThatThrownBy(() -> RegistryReference.parse(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void refusesNamesOverTheLengthLimits() {
        assertThatThrownBy(() -> RegistryReference.parse("domain/" + "a".repeat(256) + ":tag"))
                .hasMessageContaining("longer than 255");
        assertThatThrownBy(() -> RegistryReference.parse(
                        "this_is_not_a_valid_namespace_because_its_length_is_greater_than_255".repeat(4) + "/docker"))
                .hasMessageContaining("longer than 255");
        assertThatThrownBy(() -> RegistryReference.parse("acme/run:" + "t".repeat(129)))
                .hasMessageContaining("the tag");
        assertThatThrownBy(() -> RegistryReference.parse("a".repeat(2000))).hasMessageContaining("longer than 1024");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "docker.io/1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a",
                "thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev"
            })
    void aHexadecimalNameIsARepositoryWhenItIsNotAnImageId(String input) {
        assertThat(RegistryReference.parse(input).registry()).isEqualTo("docker.io");
    }
}
