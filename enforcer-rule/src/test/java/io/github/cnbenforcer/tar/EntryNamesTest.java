package io.github.cnbenforcer.tar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryNamesTest {
    @Test
    void namesAreReadFromTheArchiveRoot() {
        assertThat(EntryNames.fromRoot("./blobs/sha256/ab")).isEqualTo("blobs/sha256/ab");
        assertThat(EntryNames.fromRoot("/index.json")).isEqualTo("index.json");
        assertThat(EntryNames.fromRoot("a/./b/../c/")).isEqualTo("a/c");
        assertThat(EntryNames.fromRoot("a/../../etc/passwd")).isNull();
    }
}
