package io.github.cnbenforcer.packages;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the packages of one database within bounds: at most {@value #MAX_PACKAGES} packages and
 * {@value #MAX_PROVIDES} provided names in all, many more than a real image holds (a full Ubuntu
 * desktop has some 2,000 packages providing a few thousand names), so that a hostile database of
 * tiny stanzas cannot fill the heap.
 */
final class PackageCollector {
    static final int MAX_PACKAGES = 50_000;
    static final int MAX_PROVIDES = 250_000;

    private final List<InstalledPackage> packages = new ArrayList<>();
    private int provides;

    void add(InstalledPackage installed, DatabaseLines source) throws PackageDatabaseException {
        provides += installed.provides().size();
        if (packages.size() == MAX_PACKAGES) {
            throw source.databaseError("it holds more than " + MAX_PACKAGES + " packages");
        }
        if (provides > MAX_PROVIDES) {
            throw source.databaseError("its packages provide more than " + MAX_PROVIDES + " names");
        }
        packages.add(installed);
    }

    PackageDatabase database(PackageManager manager) {
        return new PackageDatabase(manager, packages);
    }
}
