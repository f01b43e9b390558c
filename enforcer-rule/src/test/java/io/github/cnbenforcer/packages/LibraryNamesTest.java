package io.github.cnbenforcer.packages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LibraryNamesTest {
    @ParameterizedTest
    @CsvSource({
        "libffi8, libffi",
        "libssl1.1, libssl",
        "libssl3t64, libssl",
        "libtasn1-6, libtasn1",
        "libpcre2-8-0, libpcre2-8",
        "libapt-pkg6.0, libapt-pkg",
        "libdb5.3t64, libdb",
        "libstdc++6, libstdc++",
        "libgcc-s1, libgcc-s",
        "libpam0g, libpam",
        "libext2fs2, libext2fs",
        "libk5crypto3, libk5crypto",
        "libbz2-1.0, libbz2",
        "libperl5.36, libperl"
    })
    void debianLibraryPackagesNameTheirLibrary(String packageName, String library) {
        assertThat(LibraryNames.debianLibrary(packageName)).hasValue(library);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"libc-bin", "libpam-modules", "libsemanage-common", "libc-l10n", "gcc-12-base", "zlib1g", "bash"
            })
    void otherPackagesNameNoLibrary(String packageName) {
        assertThat(LibraryNames.debianLibrary(packageName)).isEmpty();
    }

    @Test
    void aSonamesLibraryIsItsNameUpToSo() {
        assertThat(LibraryNames.sonameLibrary("so:libssl.so.3")).isEqualTo("libssl.so");
        assertThat(LibraryNames.sonameLibrary("so:libc.musl-x86_64.so.1")).isEqualTo("libc.musl-x86_64.so");
        assertThat(LibraryNames.sonameLibrary("so:libapk.so.2.14.0")).isEqualTo("libapk.so");
        assertThat(LibraryNames.sonameLibrary("so:libLLVM-17.so")).isEqualTo("libLLVM-17.so");
    }
}
