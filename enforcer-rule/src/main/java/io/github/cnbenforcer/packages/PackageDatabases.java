package io.github.cnbenforcer.packages;

import io.github.cnbenforcer.fs.FactUnavailableException;
import io.github.cnbenforcer.fs.KeptFiles;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds and reads an image's OS package database: dpkg's ({@code /var/lib/dpkg/status} and the
 * distroless {@code /var/lib/dpkg/status.d/}, both when both are there), else apk's
 * ({@code /lib/apk/db/installed}). An RPM database is located but not read: its formats (Berkeley DB
 * {@code Packages}, {@code rpmdb.sqlite}, NDB {@code Packages.db}) have no reader in pure Java that
 * the rule could carry, so it is reported as not read.
 */
public final class PackageDatabases {
    /** The most read of one database file: a full desktop's dpkg status is about 4 MiB. */
    public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

    /** The database files, for the first pass over an image's layers to keep as it goes by them. */
    public static final KeptFiles KEPT_FILES = KeptFiles.of(
            List.of(DpkgDatabase.STATUS_FILE, ApkDatabase.INSTALLED_FILE),
            List.of(DpkgDatabase.STATUS_DIRECTORY),
            MAX_FILE_BYTES);

    static final List<String> RPM_DATABASES = List.of(
            "/var/lib/rpm/rpmdb.sqlite",
            "/var/lib/rpm/Packages",
            "/var/lib/rpm/Packages.db",
            "/usr/lib/sysimage/rpm/rpmdb.sqlite",
            "/usr/lib/sysimage/rpm/Packages",
            "/usr/lib/sysimage/rpm/Packages.db");

    private PackageDatabases() {}

    /**
     * The package database of an image.
     *
     * @throws FactUnavailableException when the filesystem could not be read (its message says why)
     * @throws PackageDatabaseException when the database is not well-formed or too large
     */
    public static PackageDatabaseLookup find(PackageFiles files)
            throws FactUnavailableException, PackageDatabaseException {
        Optional<PackageDatabase> dpkg = readDpkg(files);
        if (dpkg.isPresent()) {
            return PackageDatabaseLookup.found(dpkg.get());
        }
        Optional<byte[]> apk = files.read(ApkDatabase.INSTALLED_FILE, MAX_FILE_BYTES);
        if (apk.isPresent()) {
            PackageCollector packages = new PackageCollector();
            ApkDatabase.read(apk.get(), packages);
            return PackageDatabaseLookup.found(packages.database(PackageManager.APK));
        }
        for (String rpm : RPM_DATABASES) {
            if (files.exists(rpm)) {
                return PackageDatabaseLookup.notRead("RPM database not read: the image has " + rpm
                        + ", and the rule reads only dpkg and apk databases (RPM's Berkeley DB, SQLite and"
                        + " NDB formats have no pure-Java reader it could carry)");
            }
        }
        return PackageDatabaseLookup.absent("the image has no package database: none of "
                + DpkgDatabase.STATUS_FILE + ", " + DpkgDatabase.STATUS_DIRECTORY + "/, "
                + ApkDatabase.INSTALLED_FILE + " or an RPM database");
    }

    private static Optional<PackageDatabase> readDpkg(PackageFiles files)
            throws FactUnavailableException, PackageDatabaseException {
        Optional<byte[]> status = files.read(DpkgDatabase.STATUS_FILE, MAX_FILE_BYTES);
        Optional<List<String>> statusDirectory = files.listFiles(DpkgDatabase.STATUS_DIRECTORY);
        if (status.isEmpty() && statusDirectory.isEmpty()) {
            return Optional.empty();
        }
        PackageCollector packages = new PackageCollector();
        if (status.isPresent()) {
            DpkgDatabase.readStatusFile(status.get(), packages);
        }
        if (statusDirectory.isPresent()) {
            readStatusDirectory(files, statusDirectory.get(), packages);
        }
        return Optional.of(packages.database(PackageManager.DPKG));
    }

    /** Reads the files of status.d one after the other, in name order, at most {@link #MAX_FILE_BYTES} in all. */
    private static void readStatusDirectory(PackageFiles files, List<String> names, PackageCollector packages)
            throws FactUnavailableException, PackageDatabaseException {
        if (names.size() > PackageCollector.MAX_PACKAGES) {
            throw new PackageDatabaseException(
                    DpkgDatabase.STATUS_DIRECTORY + " holds more than " + PackageCollector.MAX_PACKAGES + " files");
        }
        long total = 0;
        for (String name : new TreeSet<>(names)) {
            if (!DpkgDatabase.isPackageFile(name)) {
                continue;
            }
            Optional<byte[]> content = files.read(DpkgDatabase.STATUS_DIRECTORY + "/" + name, MAX_FILE_BYTES);
            if (content.isPresent()) {
                total += content.get().length;
                if (total > MAX_FILE_BYTES) {
                    throw new PackageDatabaseException(DpkgDatabase.STATUS_DIRECTORY + " holds more than "
                            + MAX_FILE_BYTES / (1024 * 1024) + " MiB of package files");
                }
                DpkgDatabase.readStatusDirectoryFile(name, content.get(), packages);
            }
        }
    }
}
