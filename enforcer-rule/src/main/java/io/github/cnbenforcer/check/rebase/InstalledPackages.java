package io.github.cnbenforcer.check.rebase;

import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.FactUnavailableException;
import io.github.cnbenforcer.packages.PackageDatabaseException;
import io.github.cnbenforcer.packages.PackageDatabaseLookup;
import io.github.cnbenforcer.packages.PackageDatabases;
import java.util.Optional;

/**
 * The package database of one image, or the verdict that looking for it decides: {@code unverified}
 * when its layers could not be read (not inspected, budget spent), violated when it is malformed (the
 * image's own package manager could not read it either).
 */
final class InstalledPackages {
    private final PackageDatabaseLookup lookup;
    private final Verdict verdict;

    private InstalledPackages(PackageDatabaseLookup lookup, Verdict verdict) {
        this.lookup = lookup;
        this.verdict = verdict;
    }

    static InstalledPackages of(ImageUnderCheck image, String name) {
        try {
            return new InstalledPackages(PackageDatabases.find(new ImagePackageFiles(image.facts())), null);
        } catch (FactUnavailableException e) {
            return new InstalledPackages(
                    null, Verdict.unavailable("cannot read the package database of the " + name + ": ", e));
        } catch (PackageDatabaseException e) {
            return new InstalledPackages(
                    null,
                    Verdict.violated("the package database of the " + name + " " + image.reference()
                            + " is malformed: " + e.getMessage() + "; build the image again with its package"
                            + " manager"));
        }
    }

    PackageDatabaseLookup lookup() {
        return lookup;
    }

    /** The verdict, when looking for the database decides the check; empty when there is a lookup to compare. */
    Optional<Verdict> verdict() {
        return Optional.ofNullable(verdict);
    }
}
