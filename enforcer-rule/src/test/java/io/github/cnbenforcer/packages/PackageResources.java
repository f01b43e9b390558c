package io.github.cnbenforcer.packages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The package databases under {@code src/test/resources/io/github/cnbenforcer/packages}, all real
 * but trimmed unless said otherwise:
 *
 * <ul>
 *   <li>{@code bullseye-minbase-amd64.status}, {@code bookworm-minbase-amd64.status},
 *       {@code trixie-minbase-amd64.status}: {@code /var/lib/dpkg/status} after {@code debootstrap
 *       --variant=minbase SUITE DIR} from Debian's mirror, without the {@code Description} and
 *       {@code Conffiles} fields;
 *   <li>{@code bookworm-host-amd64.status}: the same packages from a Debian 12 host installed
 *       earlier (22 of them at other versions), trimmed the same way;
 *   <li>{@code debian12-excerpt.status}: five untrimmed stanzas of that host's status;
 *   <li>{@code distroless-status.d/}: what distroless-style images carry, written as Paketo's
 *       static stack writes it: {@code dpkg-deb --field PACKAGE.deb} per package (no {@code Status}),
 *       beside the package's {@code md5sums} (first lines);
 *   <li>{@code alpine-*-installed}: {@code /lib/apk/db/installed} of Alpine 3.16, 3.19.0 and 3.19.1
 *       base images, written after the format and package set of those releases (checksums made
 *       up).
 * </ul>
 */
final class PackageResources {
    private PackageResources() {}

    static byte[] bytes(String name) {
        try (InputStream in = PackageResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PackageDatabase dpkgStatus(String name) throws PackageDatabaseException {
        return dpkgStatus(bytes(name));
    }

    static PackageDatabase dpkgStatus(byte[] content) throws PackageDatabaseException {
        PackageCollector packages = new PackageCollector();
        DpkgDatabase.readStatusFile(content, packages);
        return packages.database(PackageManager.DPKG);
    }

    /** The installed packages of this name (several for a dpkg package of several architectures). */
    static List<InstalledPackage> named(PackageDatabase database, String name) {
        return database.packages().stream()
                .filter(installed -> installed.name().equals(name))
                .collect(Collectors.toList());
    }

    static PackageDatabase apkInstalled(String name) throws PackageDatabaseException {
        return apkInstalled(bytes(name));
    }

    static PackageDatabase apkInstalled(byte[] content) throws PackageDatabaseException {
        PackageCollector packages = new PackageCollector();
        ApkDatabase.read(content, packages);
        return packages.database(PackageManager.APK);
    }
}
