package io.github.cnbenforcer.packages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The packages installed in an image, as one package manager records them. */
public final class PackageDatabase {
    private final PackageManager manager;
    private final List<InstalledPackage> packages;

    PackageDatabase(PackageManager manager, List<InstalledPackage> packages) {
        this.manager = manager;
        List<InstalledPackage> sorted = new ArrayList<>(packages);
        sorted.sort(Comparator.comparing(InstalledPackage::name).thenComparing(InstalledPackage::architecture));
        this.packages = List.copyOf(sorted);
    }

    public PackageManager manager() {
        return manager;
    }

    /** The installed packages, by name and architecture. */
    public List<InstalledPackage> packages() {
        return packages;
    }

    @Override
    public String toString() {
        return manager + " database of " + packages.size() + (packages.size() == 1 ? " package" : " packages");
    }
}
