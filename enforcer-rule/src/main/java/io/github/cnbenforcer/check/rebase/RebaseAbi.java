package io.github.cnbenforcer.check.rebase;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.RebaseCheck;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.packages.AbiComparison;
import io.github.cnbenforcer.packages.PackageDatabase;
import io.github.cnbenforcer.packages.PackageDatabaseLookup;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rebase-abi}: no OS package of the previous run image is gone from the new one, and no shared
 * library changed its soname ({@link AbiComparison}). Without a package database in the previous
 * image there is nothing to compare ({@code unverified}); a new image that drops the database its
 * predecessor had cannot show that it keeps the packages, and is a violation.
 */
public final class RebaseAbi extends AbstractCheck implements RebaseCheck {
    public static final String ID = "rebase-abi";

    public RebaseAbi() {
        super(
                ID,
                Level.MUST,
                Scope.PREVIOUS,
                "Base image authors MUST ensure that new run image versions maintain ABI-compatibility with"
                        + " previous versions; platforms should fail if a rebase operation would remove OS"
                        + " packages.");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck previous, ImageUnderCheck next) {
        InstalledPackages before = InstalledPackages.of(previous, "previous run image");
        if (before.verdict().isPresent()) {
            return before.verdict().get();
        }
        InstalledPackages after = InstalledPackages.of(next, "new run image");
        if (after.verdict().isPresent()) {
            return after.verdict().get();
        }
        return compare(before.lookup(), after.lookup());
    }

    private static Verdict compare(PackageDatabaseLookup before, PackageDatabaseLookup after) {
        if (before.state() != PackageDatabaseLookup.State.FOUND) {
            return Verdict.unverified(
                    "the previous run image: " + before.reason().orElseThrow() + ", so there is nothing to compare");
        }
        PackageDatabase previous = before.database().orElseThrow();
        if (after.state() == PackageDatabaseLookup.State.ABSENT) {
            return Verdict.violated("the new run image: " + after.reason().orElseThrow() + ", while the previous"
                    + " one has a " + previous + ": it cannot show that it keeps them");
        }
        if (after.state() == PackageDatabaseLookup.State.NOT_READ) {
            return Verdict.unverified("the new run image: " + after.reason().orElseThrow());
        }
        PackageDatabase next = after.database().orElseThrow();
        AbiComparison comparison = AbiComparison.compare(previous, next);
        String managers = previous.manager() == next.manager()
                ? ""
                : "the package manager changes from " + previous.manager() + " to " + next.manager() + "; ";
        if (comparison.isCompatible() && managers.isEmpty()) {
            return Verdict.satisfied(comparison.summary()).withDetails(details(comparison));
        }
        return Verdict.violated(managers + comparison.summary() + ": apps built on the previous run image may"
                        + " link against what is gone")
                .withDetails(details(comparison));
    }

    /** Every finding of the comparison, one line each, and the renamed packages. */
    private static List<String> details(AbiComparison comparison) {
        List<String> details = new ArrayList<>();
        comparison.removedPackages().forEach(name -> details.add("package removed: " + name));
        comparison.libraryChanges().forEach(change -> details.add("library changed soname: " + change));
        comparison.renamedPackages().forEach(renamed -> details.add("package renamed: " + renamed));
        return details;
    }
}
