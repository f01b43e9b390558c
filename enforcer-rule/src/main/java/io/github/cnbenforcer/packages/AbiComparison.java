package io.github.cnbenforcer.packages;

import java.util.ArrayList;
import java.util.List;

/**
 * How a new image's packages compare with the previous image's for apps built on the previous one
 * (the spec's "Compatibility Guarantees": new run image versions maintain ABI compatibility): the
 * packages it lacks and the shared libraries whose soname changed are findings; a version bump
 * inside the same package name is not, nor is a package renamed under a name that provides the old
 * one.
 */
public final class AbiComparison {
    /** How many names of each list a summary shows before "and N more". */
    static final int SHOWN = 3;

    private final int previousPackages;
    private final List<String> removedPackages;
    private final List<LibraryChange> libraryChanges;
    private final List<RenamedPackage> renamedPackages;

    AbiComparison(
            int previousPackages,
            List<String> removedPackages,
            List<LibraryChange> libraryChanges,
            List<RenamedPackage> renamedPackages) {
        this.previousPackages = previousPackages;
        this.removedPackages = List.copyOf(removedPackages);
        this.libraryChanges = List.copyOf(libraryChanges);
        this.renamedPackages = List.copyOf(renamedPackages);
    }

    /** Compares the package database of the image an app was built on with the new image's. */
    public static AbiComparison compare(PackageDatabase previous, PackageDatabase next) {
        return new AbiComparator(previous, next).compare();
    }

    /**
     * The previous image's packages that the new one lacks and that no library change accounts for,
     * in name order ({@code name}, or {@code name:arch} for a package the previous image had for
     * several architectures).
     */
    public List<String> removedPackages() {
        return removedPackages;
    }

    /** The shared libraries whose soname changed, in the previous name's order. */
    public List<LibraryChange> libraryChanges() {
        return libraryChanges;
    }

    /** Packages renamed under a name that provides the old one: not findings, worth a note. */
    public List<RenamedPackage> renamedPackages() {
        return renamedPackages;
    }

    /** Whether nothing an app built on the previous image links against is gone. */
    public boolean isCompatible() {
        return removedPackages.isEmpty() && libraryChanges.isEmpty();
    }

    /**
     * One line that counts the findings and names the first few: {@code 2 packages removed (lsb-base,
     * libkeyutils1); 1 library changed soname (libffi7 → libffi8)}.
     */
    public String summary() {
        if (isCompatible()) {
            String summary = previousPackages == 1
                    ? "the 1 package of the previous image is still installed"
                    : "all " + previousPackages + " packages of the previous image are still installed";
            return renamedPackages.isEmpty()
                    ? summary
                    : summary + ", " + count(renamedPackages.size(), "package", "packages")
                            + " under a new name that provides the old one (" + firstFew(renamedPackages) + ")";
        }
        List<String> parts = new ArrayList<>();
        if (!removedPackages.isEmpty()) {
            parts.add(count(removedPackages.size(), "package", "packages") + " removed (" + firstFew(removedPackages)
                    + ")");
        }
        if (!libraryChanges.isEmpty()) {
            parts.add(count(libraryChanges.size(), "library", "libraries") + " changed soname ("
                    + firstFew(libraryChanges) + ")");
        }
        return String.join("; ", parts);
    }

    private static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static String firstFew(List<?> items) {
        List<String> shown = new ArrayList<>();
        for (Object item : items.subList(0, Math.min(SHOWN, items.size()))) {
            shown.add(item.toString());
        }
        String text = String.join(", ", shown);
        return items.size() > SHOWN ? text + " and " + (items.size() - SHOWN) + " more" : text;
    }

    @Override
    public String toString() {
        return summary();
    }
}
