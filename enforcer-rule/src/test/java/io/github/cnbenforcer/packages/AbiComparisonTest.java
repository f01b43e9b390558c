package io.github.cnbenforcer.packages;

import static io.github.cnbenforcer.packages.DpkgDatabaseTest.text;
import static io.github.cnbenforcer.packages.PackageResources.apkInstalled;
import static io.github.cnbenforcer.packages.PackageResources.bytes;
import static io.github.cnbenforcer.packages.PackageResources.dpkgStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AbiComparisonTest {
    @Test
    void versionBumpsInsideTheSamePackageNamesAreNoFinding() throws Exception {
        AbiComparison comparison = AbiComparison.compare(
                dpkgStatus("bookworm-host-amd64.status"), dpkgStatus("bookworm-minbase-amd64.status"));

        assertThat(comparison.isCompatible()).isTrue();
        assertThat(comparison.removedPackages()).isEmpty();
        assertThat(comparison.libraryChanges()).isEmpty();
        assertThat(comparison.summary()).isEqualTo("all 88 packages of the previous image are still installed");
    }

    @Test
    void bullseyeToBookwormRemovesPackagesAndChangesSonames() throws Exception {
        AbiComparison comparison = AbiComparison.compare(
                dpkgStatus("bullseye-minbase-amd64.status"), dpkgStatus("bookworm-minbase-amd64.status"));

        assertThat(comparison.isCompatible()).isFalse();
        assertThat(comparison.libraryChanges())
                .extracting(LibraryChange::toString)
                .containsExactly("libffi7 → libffi8", "libsemanage1 → libsemanage2", "libsepol1 → libsepol2");
        assertThat(comparison.removedPackages())
                .containsExactly(
                        "gcc-10-base",
                        "gcc-9-base",
                        "libgssapi-krb5-2",
                        "libk5crypto3",
                        "libkeyutils1",
                        "libkrb5-3",
                        "libkrb5support0",
                        "libnsl2",
                        "libpcre3",
                        "libssl1.1",
                        "libtirpc-common",
                        "libtirpc3");
        assertThat(comparison.renamedPackages())
                .extracting(RenamedPackage::toString)
                .containsExactly("lsb-base (provided by sysvinit-utils)");
        assertThat(comparison.summary())
                .isEqualTo("12 packages removed (gcc-10-base, gcc-9-base, libgssapi-krb5-2 and 9 more);"
                        + " 3 libraries changed soname (libffi7 → libffi8, libsemanage1 → libsemanage2,"
                        + " libsepol1 → libsepol2)");
    }

    @Test
    void packagesRenamedUnderANameThatProvidesTheOldOneAreKept() throws Exception {
        AbiComparison comparison = AbiComparison.compare(
                dpkgStatus("bookworm-minbase-amd64.status"), dpkgStatus("trixie-minbase-amd64.status"));

        assertThat(comparison.renamedPackages())
                .extracting(RenamedPackage::toString)
                .containsExactly(
                        "libdb5.3 (provided by libdb5.3t64)",
                        "libhogweed6 (provided by libhogweed6t64)",
                        "libnettle8 (provided by libnettle8t64)",
                        "usr-is-merged (provided by base-files)");
        assertThat(comparison.libraryChanges())
                .extracting(LibraryChange::toString)
                .containsExactly("libapt-pkg6.0 → libapt-pkg7.0");
        assertThat(comparison.removedPackages())
                .contains("libffi8", "libgnutls30", "libunistring2", "gcc-12-base")
                .doesNotContain("libdb5.3", "libnettle8", "usr-is-merged", "libapt-pkg6.0")
                .hasSize(17);
    }

    @Test
    void aTime64RenameThatProvidesTheOldNameIsNoFinding() throws Exception {
        AbiComparison comparison = AbiComparison.compare(
                dpkgStatus(libssl3Only("debian12-excerpt.status", "Package: libssl3\n")),
                dpkgStatus(libssl3Only("trixie-minbase-amd64.status", "Package: libssl3t64\n")));

        assertThat(comparison.isCompatible()).isTrue();
        assertThat(comparison.summary())
                .isEqualTo("the 1 package of the previous image is still installed, 1 package under a new name"
                        + " that provides the old one (libssl3 (provided by libssl3t64))");
    }

    /** On 32-bit architectures the t64 packages changed their ABI and do not provide the old name. */
    @Test
    void aTime64RenameWithoutTheOldNameIsALibraryChange() throws Exception {
        String trixie =
                new String(libssl3Only("trixie-minbase-amd64.status", "Package: libssl3t64\n"), StandardCharsets.UTF_8);
        AbiComparison comparison = AbiComparison.compare(
                dpkgStatus(libssl3Only("debian12-excerpt.status", "Package: libssl3\n")),
                dpkgStatus(text(trixie.replaceAll("(?m)^Provides: libssl3 .*\n", ""))));

        assertThat(comparison.libraryChanges())
                .extracting(LibraryChange::toString)
                .containsExactly("libssl3 → libssl3t64");
        assertThat(comparison.removedPackages()).isEmpty();
    }

    @Test
    void aMultiArchPackageLostForOneArchitectureIsNamedWithIt() throws Exception {
        String libc = "Package: libc6\nStatus: install ok installed\nMulti-Arch: same\nVersion: 2.36-9\n";
        String tzdata = "Package: tzdata\nStatus: install ok installed\nArchitecture: all\nVersion: 2024a\n\n";
        PackageDatabase previous =
                dpkgStatus(text(tzdata + libc + "Architecture: amd64\n\n" + libc + "Architecture: i386\n"));
        PackageDatabase next = dpkgStatus(
                text(tzdata.replace("Architecture: all", "Architecture: amd64") + libc + "Architecture: amd64\n"));

        AbiComparison comparison = AbiComparison.compare(previous, next);

        assertThat(comparison.removedPackages()).containsExactly("libc6:i386");
    }

    @Test
    void aPackageForAnotherArchitectureDoesNotStandForTheLostOne() throws Exception {
        String stanza = "Package: libfoo1\nStatus: install ok installed\nVersion: 1\nArchitecture: ";
        AbiComparison comparison =
                AbiComparison.compare(dpkgStatus(text(stanza + "i386\n")), dpkgStatus(text(stanza + "amd64\n")));

        assertThat(comparison.removedPackages()).containsExactly("libfoo1");
    }

    @Test
    void alpineSonamesThatDisappearedAreLibraryChanges() throws Exception {
        AbiComparison comparison =
                AbiComparison.compare(apkInstalled("alpine-3.16-installed"), apkInstalled("alpine-3.19.0-installed"));

        assertThat(comparison.libraryChanges())
                .extracting(LibraryChange::toString)
                .containsExactly(
                        "so:libapk.so.3.12.0 → so:libapk.so.2.14.0",
                        "so:libcrypto.so.1.1 → so:libcrypto.so.3",
                        "so:libssl.so.1.1 → so:libssl.so.3");
        assertThat(comparison.removedPackages()).containsExactly("libretls");
    }

    @Test
    void alpineVersionBumpsAreNoFinding() throws Exception {
        AbiComparison comparison =
                AbiComparison.compare(apkInstalled("alpine-3.19.0-installed"), apkInstalled("alpine-3.19.1-installed"));

        assertThat(comparison.isCompatible()).isTrue();
    }

    @Test
    void anAlpineImageWithoutLibssl3LosesThePackage() throws Exception {
        AbiComparison comparison =
                alpine319Edited(installed -> installed.replaceAll("(?s)C:[^\n]*\nP:libssl3\n.*?\n\n", ""));

        assertThat(comparison.removedPackages()).containsExactly("libssl3");
        assertThat(comparison.summary()).isEqualTo("1 package removed (libssl3)");
    }

    @Test
    void anAlpinePackageThatKeepsItsNameButChangesSonameIsALibraryChange() throws Exception {
        AbiComparison comparison =
                alpine319Edited(installed -> installed.replace("p:so:libz.so.1=1.3", "p:so:libz.so.2=2.0"));

        assertThat(comparison.libraryChanges())
                .extracting(LibraryChange::toString)
                .containsExactly("so:libz.so.1 → so:libz.so.2");
        assertThat(comparison.removedPackages()).isEmpty();
    }

    @Test
    void anAlpinePackageThatDropsASonameWithoutSuccessorIsALibraryChange() throws Exception {
        AbiComparison comparison = alpine319Edited(installed -> installed.replace("p:so:libz.so.1=1.3\n", ""));

        assertThat(comparison.libraryChanges())
                .extracting(LibraryChange::toString)
                .containsExactly("so:libz.so.1 → none");
    }

    @Test
    void everyPackageIsLostWhenThePackageManagerChanges() throws Exception {
        AbiComparison comparison = AbiComparison.compare(
                dpkgStatus("bookworm-minbase-amd64.status"), apkInstalled("alpine-3.19.0-installed"));

        assertThat(comparison.removedPackages().size()
                        + comparison.libraryChanges().size())
                .isEqualTo(88);
    }

    @Test
    void theSummaryCountsPastTheFirstFew() throws Exception {
        AbiComparison comparison = AbiComparison.compare(
                dpkgStatus(text("Package: a\n\nPackage: b\n\nPackage: c\n\nPackage: d\n\nPackage: libx1\n")),
                dpkgStatus(text("Package: libx2\n")));

        assertThat(comparison.summary())
                .isEqualTo("4 packages removed (a, b, c and 1 more); 1 library changed soname (libx1 → libx2)");
    }

    /** Alpine 3.19.0 compared with an edited copy of itself. */
    private static AbiComparison alpine319Edited(UnaryOperator<String> edit) throws PackageDatabaseException {
        String installed = new String(bytes("alpine-3.19.0-installed"), StandardCharsets.UTF_8);
        return AbiComparison.compare(
                apkInstalled("alpine-3.19.0-installed"), apkInstalled(text(edit.apply(installed))));
    }

    /** The stanza of one package, from a real status file. */
    private static byte[] libssl3Only(String resource, String stanzaStart) {
        String status = new String(bytes(resource), StandardCharsets.UTF_8);
        int start = status.indexOf(stanzaStart);
        int end = status.indexOf("\n\n", start);
        return text(status.substring(start, end < 0 ? status.length() : end + 1));
    }
}
