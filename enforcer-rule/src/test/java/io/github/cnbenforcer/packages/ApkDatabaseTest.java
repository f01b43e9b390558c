package io.github.cnbenforcer.packages;

import static io.github.cnbenforcer.packages.DpkgDatabaseTest.text;
import static io.github.cnbenforcer.packages.PackageResources.apkInstalled;
import static io.github.cnbenforcer.packages.PackageResources.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApkDatabaseTest {
    @Test
    void readsEveryPackageOfAnAlpineBaseImage() throws Exception {
        PackageDatabase database = apkInstalled("alpine-3.19.0-installed");

        assertThat(database.manager()).isEqualTo(PackageManager.APK);
        assertThat(database.packages()).hasSize(15);
        InstalledPackage libssl = named(database, "libssl3").get(0);
        assertThat(libssl.version()).isEqualTo("3.1.4-r1");
        assertThat(libssl.architecture()).isEqualTo("x86_64");
        assertThat(libssl.source()).isEqualTo("openssl");
        assertThat(libssl.provides()).containsExactly("so:libssl.so.3");
    }

    @Test
    void providesKeepNamesOfEveryKindWithoutVersions() throws Exception {
        PackageDatabase database = apkInstalled("alpine-3.19.0-installed");

        assertThat(named(database, "busybox-binsh").get(0).provides()).containsExactly("/bin/sh", "cmd:sh");
        assertThat(named(database, "apk-tools").get(0).provides()).containsExactly("so:libapk.so.2.14.0", "cmd:apk");
    }

    @Test
    void skipsFileListsChecksumsAndUnknownKeys() throws Exception {
        PackageDatabase database = apkInstalled(text("C:Q1abc=\nP:musl\nV:1.2.4-r2\nA:x86_64\nF:lib\n"
                + "R:libc.musl-x86_64.so.1\na:0:0:755\nZ:Q1xyz=\nx:a key apk does not know yet\n"));

        assertThat(database.packages()).extracting(InstalledPackage::toString).containsExactly("musl:x86_64 1.2.4-r2");
    }

    @Test
    void originDefaultsToTheName() throws Exception {
        PackageDatabase database = apkInstalled(text("P:a\nV:1\n\n\n\nP:b\no:c\n\n"));

        assertThat(database.packages()).extracting(InstalledPackage::source).containsExactly("a", "c");
    }
}
