package io.github.cnbenforcer.packages;

import static io.github.cnbenforcer.packages.PackageResources.bytes;
import static io.github.cnbenforcer.packages.PackageResources.dpkgStatus;
import static io.github.cnbenforcer.packages.PackageResources.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DpkgDatabaseTest {
    @Test
    void readsEveryPackageOfARealMinbaseSystem() throws Exception {
        PackageDatabase database = dpkgStatus("bookworm-minbase-amd64.status");

        assertThat(database.manager()).isEqualTo(PackageManager.DPKG);
        assertThat(database.packages()).hasSize(88);
        InstalledPackage libc = only(database, "libc6");
        assertThat(libc.version()).isEqualTo("2.36-9+deb12u14");
        assertThat(libc.architecture()).isEqualTo("amd64");
        assertThat(libc.source()).isEqualTo("glibc");
        assertThat(libc.qualifiedName()).isEqualTo("libc6:amd64");
    }

    @Test
    void sourceLosesTheVersionInParenthesesAndDefaultsToThePackage() throws Exception {
        PackageDatabase database = dpkgStatus("bookworm-minbase-amd64.status");

        assertThat(only(database, "bash").source()).isEqualTo("bash");
        assertThat(only(database, "mawk").source()).isEqualTo("mawk");
    }

    @Test
    void providesAreNamesWithoutVersions() throws Exception {
        PackageDatabase database = dpkgStatus("debian12-excerpt.status");

        assertThat(only(database, "perl-base").provides())
                .containsExactly(
                        "libfile-path-perl",
                        "libfile-temp-perl",
                        "libio-socket-ip-perl",
                        "libscalar-list-utils-perl",
                        "libsocket-perl",
                        "libxsloader-perl",
                        "perlapi-5.36.0");
        assertThat(only(database, "dconf-gsettings-backend").provides()).containsExactly("gsettings-backend");
    }

    @Test
    void skipsDescriptionsAndConffilesOfUntrimmedStanzas() throws Exception {
        PackageDatabase database = dpkgStatus("debian12-excerpt.status");

        assertThat(database.packages())
                .extracting(InstalledPackage::name)
                .containsExactly("base-files", "dconf-gsettings-backend", "libc6", "libssl3", "perl-base");
    }

    @Test
    void countsOnlyPackagesWhoseStatusEndsInInstalled() throws Exception {
        PackageDatabase database = dpkgStatus(text("Package: kept\nStatus: install ok installed\nVersion: 1\n\n"
                + "Package: held\nStatus: hold ok installed\nVersion: 1\n\n"
                + "Package: removed\nStatus: deinstall ok config-files\nVersion: 1\n\n"
                + "Package: broken\nStatus: install reinstreq half-installed\nVersion: 1\n\n"
                + "Package: unpacked\nStatus: install ok unpacked\nVersion: 1\n"));

        assertThat(database.packages()).extracting(InstalledPackage::name).containsExactly("held", "kept");
    }

    @Test
    void joinsContinuationLinesOfAKeptField() throws Exception {
        PackageDatabase database = dpkgStatus(text("Package: a\nStatus: install ok installed\n"
                + "Provides: b,\n c (= 1),\n\td\nDescription: x\n more\n .\n"));

        assertThat(only(database, "a").provides()).containsExactly("b", "c", "d");
    }

    @Test
    void toleratesCrLfAndBlankLinesOfSpacesAndFieldNamesInAnyCase() throws Exception {
        PackageDatabase database = dpkgStatus(text("\r\n  \r\npackage: a\r\nSTATUS: install ok installed\r\n"
                + "version: 2\r\n \t\r\nPackage: b\r\nStatus: install ok installed\r\n"));

        assertThat(database.packages()).extracting(InstalledPackage::toString).containsExactly("a 2", "b ");
    }

    @Test
    void keepsEveryArchitectureOfAMultiArchPackage() throws Exception {
        PackageDatabase database = dpkgStatus(text("Package: libc6\nStatus: install ok installed\n"
                + "Architecture: amd64\nMulti-Arch: same\nVersion: 2.36-9\n\n"
                + "Package: libc6\nStatus: install ok installed\nArchitecture: i386\nMulti-Arch: same\n"
                + "Version: 2.36-9\n"));

        assertThat(named(database, "libc6"))
                .extracting(InstalledPackage::qualifiedName)
                .containsExactly("libc6:amd64", "libc6:i386");
    }

    @Test
    void readsDistrolessStatusDirectoryFilesWithoutStatus() throws Exception {
        PackageCollector packages = new PackageCollector();
        for (String name : List.of("base-files", "libc6", "libgcc-s1", "libstdc++6", "tzdata", "zlib1g")) {
            DpkgDatabase.readStatusDirectoryFile(name, bytes("distroless-status.d/" + name), packages);
        }
        PackageDatabase database = packages.database(PackageManager.DPKG);

        assertThat(database.packages())
                .extracting(InstalledPackage::toString)
                .containsExactly(
                        "base-files:amd64 12.4+deb12u15",
                        "libc6:amd64 2.36-9+deb12u14",
                        "libgcc-s1:amd64 12.2.0-14+deb12u1",
                        "libstdc++6:amd64 12.2.0-14+deb12u1",
                        "tzdata:all 2026b-0+deb12u1",
                        "zlib1g:amd64 1:1.2.13.dfsg-1");
        assertThat(only(database, "zlib1g").provides()).containsExactly("libz1");
    }

    @Test
    void md5sumsAndHiddenFilesOfStatusDirectoryAreNotPackages() {
        assertThat(DpkgDatabase.isPackageFile("libc6")).isTrue();
        assertThat(DpkgDatabase.isPackageFile("libc6.md5sums")).isFalse();
        assertThat(DpkgDatabase.isPackageFile(".wh.libc6")).isFalse();
    }

    @Test
    void aStatusDirectoryFileWithAStrangeNameIsNotNamedInErrors() {
        assertThatThrownBy(() -> DpkgDatabase.readStatusDirectoryFile(
                        "evil\nname", text("Version: 1\n"), new PackageCollector()))
                .isInstanceOf(PackageDatabaseException.class)
                .hasMessage("/var/lib/dpkg/status.d/(a file whose name is not a package name) is not well-formed:"
                        + " the stanza that starts on line 1 has no Package field")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("evil"));
    }

    @Test
    void anEmptyStatusHasNoPackages() throws Exception {
        assertThat(dpkgStatus(new byte[0]).packages()).isEmpty();
    }

    private static InstalledPackage only(PackageDatabase database, String name) {
        assertThat(named(database, name)).hasSize(1);
        return named(database, name).get(0);
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
