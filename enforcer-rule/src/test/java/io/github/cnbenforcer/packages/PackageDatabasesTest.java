package io.github.cnbenforcer.packages;

import static io.github.cnbenforcer.packages.DpkgDatabaseTest.text;
import static io.github.cnbenforcer.packages.PackageResources.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.fs.FactUnavailableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PackageDatabasesTest {
    @Test
    void readsTheDpkgStatusFile() throws Exception {
        PackageDatabaseLookup lookup =
                PackageDatabases.find(new Files().with("/var/lib/dpkg/status", bytes("bookworm-minbase-amd64.status")));

        assertThat(lookup.state()).isEqualTo(PackageDatabaseLookup.State.FOUND);
        assertThat(lookup.database()).hasValueSatisfying(database -> {
            assertThat(database.manager()).isEqualTo(PackageManager.DPKG);
            assertThat(database.packages()).hasSize(88);
        });
        assertThat(lookup.reason()).isEmpty();
    }

    @Test
    void readsEveryPackageFileOfTheDistrolessStatusDirectory() throws Exception {
        Files files = new Files();
        for (String name : List.of("base-files", "libc6", "libgcc-s1", "libstdc++6", "tzdata", "zlib1g")) {
            files.with("/var/lib/dpkg/status.d/" + name, bytes("distroless-status.d/" + name))
                    .with(
                            "/var/lib/dpkg/status.d/" + name + ".md5sums",
                            bytes("distroless-status.d/" + name + ".md5sums"));
        }

        PackageDatabase database = PackageDatabases.find(files).database().orElseThrow();

        assertThat(database.packages()).hasSize(6);
        assertThat(files.read).noneMatch(path -> path.endsWith(".md5sums"));
    }

    @Test
    void mergesTheStatusFileWithTheStatusDirectory() throws Exception {
        Files files = new Files()
                .with("/var/lib/dpkg/status", text("Package: a\nStatus: install ok installed\n"))
                .with("/var/lib/dpkg/status.d/b", text("Package: b\n"));

        assertThat(PackageDatabases.find(files).database().orElseThrow().packages())
                .extracting(InstalledPackage::name)
                .containsExactly("a", "b");
    }

    @Test
    void readsTheApkDatabaseWhenThereIsNoDpkgDatabase() throws Exception {
        PackageDatabaseLookup lookup =
                PackageDatabases.find(new Files().with("/lib/apk/db/installed", bytes("alpine-3.16-installed")));

        assertThat(lookup.database()).hasValueSatisfying(database -> {
            assertThat(database.manager()).isEqualTo(PackageManager.APK);
            assertThat(database.packages()).hasSize(14);
        });
    }

    @Test
    void anRpmDatabaseIsNotReadAndSaysWhy() throws Exception {
        PackageDatabaseLookup lookup =
                PackageDatabases.find(new Files().with("/usr/lib/sysimage/rpm/rpmdb.sqlite", new byte[] {1}));

        assertThat(lookup.state()).isEqualTo(PackageDatabaseLookup.State.NOT_READ);
        assertThat(lookup.database()).isEmpty();
        assertThat(lookup.reason())
                .hasValueSatisfying(reason -> assertThat(reason)
                        .startsWith("RPM database not read: the image has /usr/lib/sysimage/rpm/rpmdb.sqlite,"));
    }

    @Test
    void anImageWithoutDatabaseHasNone() throws Exception {
        PackageDatabaseLookup lookup = PackageDatabases.find(new Files().with("/etc/os-release", text("ID=x\n")));

        assertThat(lookup.state()).isEqualTo(PackageDatabaseLookup.State.ABSENT);
        assertThat(lookup.reason())
                .hasValue("the image has no package database: none of /var/lib/dpkg/status, /var/lib/dpkg/status.d/,"
                        + " /lib/apk/db/installed or an RPM database");
    }

    @Test
    void asksForNoMoreThanTheLimitOfAFile() throws Exception {
        Files files = new Files().with("/var/lib/dpkg/status", new byte[0]);

        PackageDatabases.find(files);

        assertThat(files.limits).containsOnly(PackageDatabases.MAX_FILE_BYTES);
    }

    @Test
    void aStatusDirectoryOfMoreThanTheLimitIsAnError() {
        Files files = new Files();
        byte[] large = new byte[PackageDatabases.MAX_FILE_BYTES / 2 + 1];
        Arrays.fill(large, (byte) '\n');
        files.with("/var/lib/dpkg/status.d/a", large).with("/var/lib/dpkg/status.d/b", large);

        assertThatThrownBy(() -> PackageDatabases.find(files))
                .isInstanceOf(PackageDatabaseException.class)
                .hasMessage("/var/lib/dpkg/status.d holds more than 32 MiB of package files");
    }

    /** Files of an image as the layer reader would give them; records what was read. */
    private static final class Files implements PackageFiles {
        private final Map<String, byte[]> files = new TreeMap<>();
        final List<String> read = new ArrayList<>();
        final List<Integer> limits = new ArrayList<>();

        Files with(String path, byte[] content) {
            files.put(path, content);
            return this;
        }

        @Override
        public Optional<byte[]> read(String absolutePath, int maxBytes) throws FactUnavailableException {
            read.add(absolutePath);
            limits.add(maxBytes);
            byte[] content = files.get(absolutePath);
            if (content != null && content.length > maxBytes) {
                throw new FactUnavailableException(absolutePath + " is larger than " + maxBytes + " bytes");
            }
            return Optional.ofNullable(content);
        }

        @Override
        public Optional<List<String>> listFiles(String absoluteDirectory) {
            List<String> names = new ArrayList<>();
            for (String path : files.keySet()) {
                if (path.startsWith(absoluteDirectory + "/")) {
                    names.add(path.substring(absoluteDirectory.length() + 1));
                }
            }
            return names.isEmpty() ? Optional.empty() : Optional.of(names);
        }

        @Override
        public boolean exists(String absolutePath) {
            return files.containsKey(absolutePath);
        }
    }
}
