package io.github.cnbenforcer.check.rebase;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertUnverified;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.check.FakeFacts;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class RebaseAbiTest {
    private static final String STATUS = "/var/lib/dpkg/status";

    private final RebaseAbi check = new RebaseAbi();

    private Verdict evaluate(ImageFacts previous, ImageFacts next) {
        return check.evaluate(
                TestImage.compliantRun("amd64").asPrevious(previous),
                TestImage.compliantRun("amd64").asRun(next));
    }

    private static FakeFacts dpkg(String... stanzas) {
        return FakeFacts.empty().file(STATUS, String.join("\n", stanzas));
    }

    private static String stanza(String name, String version) {
        return "Package: " + name + "\nStatus: install ok installed\nArchitecture: amd64\nVersion: " + version + "\n";
    }

    @Test
    void versionBumpsOnlyAreCompatible() {
        Verdict verdict = evaluate(
                dpkg(stanza("libc6", "2.36-9+deb12u4"), stanza("libssl3", "3.0.11-1~deb12u2")),
                dpkg(stanza("libc6", "2.36-9+deb12u10"), stanza("libssl3", "3.0.15-1~deb12u1")));

        assertSatisfied(verdict).isEqualTo("all 2 packages of the previous image are still installed");
        assertThat(verdict.details()).isEmpty();
    }

    @Test
    void aRemovedLibraryFailsNamingItAndListingItInTheDetails() {
        Verdict verdict = evaluate(
                dpkg(stanza("libc6", "2.36-9"), stanza("libssl3", "3.0.11-1"), stanza("tzdata", "2024a-0")),
                dpkg(stanza("libc6", "2.36-9")));

        assertViolated(verdict)
                .isEqualTo("2 packages removed (libssl3, tzdata): apps built on the previous run image may link"
                        + " against what is gone");
        assertThat(verdict.details()).containsExactly("package removed: libssl3", "package removed: tzdata");
    }

    @Test
    void aSonameChangeIsALibraryChange() {
        Verdict verdict = evaluate(
                dpkg(stanza("libc6", "2.36-9"), stanza("libssl3", "3.0.11-1")),
                dpkg(stanza("libc6", "2.36-9"), stanza("libssl4", "4.0.0-1")));

        assertViolated(verdict).startsWith("1 library changed soname (libssl3 → libssl4)");
        assertThat(verdict.details()).containsExactly("library changed soname: libssl3 → libssl4");
    }

    @Test
    void aNewImageThatDropsThePackageDatabaseCannotShowItKeepsThePackages() {
        assertViolated(evaluate(dpkg(stanza("libc6", "2.36-9")), FakeFacts.empty()))
                .startsWith("the new run image: the image has no package database")
                .endsWith("while the previous one has a dpkg database of 1 package: it cannot show that it keeps"
                        + " them");
    }

    @Test
    void withoutAPackageDatabaseInThePreviousImageThereIsNothingToCompare() {
        assertUnverified(evaluate(FakeFacts.empty(), dpkg(stanza("libc6", "2.36-9"))))
                .startsWith("the previous run image: the image has no package database")
                .endsWith(", so there is nothing to compare");
    }

    @Test
    void layersNotReadLeaveItUnverified() {
        assertUnverified(evaluate(FakeFacts.unavailable(), dpkg(stanza("libc6", "2.36-9"))))
                .isEqualTo("cannot read the package database of the previous run image: layers are not inspected");
    }

    @Test
    void aMalformedDatabaseFailsNamingTheImageAndLine() {
        assertViolated(evaluate(dpkg(stanza("libc6", "2.36-9")), dpkg("Package: libc6\nnot a field\n")))
                .startsWith("the package database of the new run image " + TestImage.RUN_REFERENCE + " is malformed: ")
                .contains("line 2")
                .endsWith("; build the image again with its package manager");
    }

    @Test
    void anRpmDatabaseIsNotReadSoTheComparisonIsUnverified() {
        FakeFacts rpm = FakeFacts.empty().file("/var/lib/rpm/rpmdb.sqlite", 0, 0, 0644);

        assertUnverified(evaluate(dpkg(stanza("libc6", "2.36-9")), rpm))
                .startsWith("the new run image: RPM database not read");
    }

    @Test
    void anotherPackageManagerIsAViolation() {
        FakeFacts apk = FakeFacts.empty().file("/lib/apk/db/installed", "C:Q1abc=\nP:musl\nV:1.2.4-r2\nA:x86_64\n\n");

        assertViolated(evaluate(dpkg(stanza("libc6", "2.36-9")), apk))
                .startsWith("the package manager changes from dpkg to apk; 1 package removed (libc6)");
    }
}
