package io.github.cnbenforcer.fs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImagePathsTest {
    @ParameterizedTest
    @CsvSource({
        "etc/passwd, /etc/passwd",
        "./etc/passwd, /etc/passwd",
        "/etc/passwd, /etc/passwd",
        "etc//passwd/, /etc/passwd",
        "etc/./skel/../passwd, /etc/passwd",
        "./, /",
        "., /",
    })
    void entryNamesBecomeAbsolutePaths(String name, String path) {
        assertThat(ImagePaths.ofEntryName(name)).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../etc/passwd", "etc/../../passwd", "/../x", "./a/b/../../../x"})
    void entryNamesLeavingTheRootAreNotPaths(String name) {
        assertThat(ImagePaths.ofEntryName(name)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"/etc/passwd, /etc", "/etc, /", "/, /"})
    void parentIsTheDirectoryAboveAndRootItsOwn(String path, String parent) {
        assertThat(ImagePaths.parent(path)).isEqualTo(parent);
    }
}
