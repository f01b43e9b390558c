package io.github.cnbenforcer.report;

import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.outcome.Outcome;
import io.github.cnbenforcer.outcome.ReportedImage;
import io.github.cnbenforcer.outcome.StatusPolicy;
import io.github.cnbenforcer.outcome.Suppression;
import io.github.cnbenforcer.pipeline.Checks;
import io.github.cnbenforcer.testing.InMemoryImages;
import io.github.cnbenforcer.testing.TestImage;
import java.time.LocalDate;
import java.util.List;

/** Outcomes the report tests write: every status, every role, suppressions in each state, hostile values. */
final class ReportOutcomes {
    static final LocalDate TODAY = LocalDate.of(2027, 6, 30);
    static final String BUILD = "oci:images/build";
    static final String RUN = "oci:images/run";
    static final String PAIR = BUILD + " + " + RUN;
    static final String MIRROR = "registry.example.com/stacks/run:jammy";
    static final Platform AMD64 = Platform.parse("linux/amd64");
    /** A value a hostile image could hold: a forged red log line, and characters XML 1.0 forbids. */
    static final String HOSTILE = "\u001b[31m[ERROR] forged\n\u0000\ufffe\ud800";

    private ReportOutcomes() {}

    /**
     * A run of a two-image stack with a mirror, strict off: passes, a failing MUST (whose suppression
     * expired), a SHOULD warning, an unverified MUST, a suppressed SHOULD on the pair, a suppressed
     * MUST on the mirror, and a stale suppression.
     */
    static Outcome mixed() {
        List<CheckResult> results = List.of(
                result("build-path", Role.BUILD, BUILD, Verdict.satisfied("PATH is set")),
                result(
                        "label-released",
                        Role.BUILD,
                        BUILD,
                        Verdict.violated("label io.buildpacks.base.released is not set")),
                result("build-cnb-user-id", Role.BUILD, BUILD, Verdict.unverified("layers are not inspected")),
                result("run-path", Role.RUN, RUN, Verdict.violated("PATH is not in Env")),
                result(
                        "run-user-distinct-uid",
                        Role.PAIR,
                        PAIR,
                        Verdict.violated("run User has UID 1000, build User has UID 1000")),
                result("os-valid", Role.MIRROR, MIRROR, Verdict.violated("os 'ubuntu' is not a GOOS value")));
        List<Suppression> suppressions = List.of(
                new Suppression("run-user-distinct-uid", Role.PAIR, null, "one user by design", null),
                new Suppression("run-path", null, null, "PATH came later", LocalDate.of(2027, 1, 31)),
                new Suppression("os-valid", Role.MIRROR, AMD64, "the mirror is rebuilt tonight", TODAY),
                new Suppression("label-metadata", null, null, "no metadata yet", null));
        return Outcome.of(results, images(), StatusPolicy.of(false, suppressions, TODAY));
    }

    /** A run whose images hold {@link #HOSTILE} in every value the reports show. */
    static Outcome hostile() {
        String reference = "oci:images/" + HOSTILE;
        Platform platform = Platform.of("linux" + HOSTILE, "amd64", null);
        List<CheckResult> results = List.of(
                new CheckResult(
                        Checks.byId("target-distro-name-match").orElseThrow(),
                        Role.PAIR,
                        reference + " + " + reference,
                        platform,
                        Verdict.violated("run io.buildpacks.base.distro.name is '" + HOSTILE + "'")),
                new CheckResult(
                        Checks.byId("distro-os-release").orElseThrow(),
                        Role.RUN,
                        reference,
                        platform,
                        Verdict.violated("label is '" + HOSTILE + "'")));
        Suppression suppression = new Suppression("distro-os-release", null, null, "reason " + HOSTILE, null);
        return Outcome.of(results, List.of(), StatusPolicy.of(false, List.of(suppression), TODAY));
    }

    /** A run that could not read an image. */
    static Outcome unreadable() {
        return Outcome.failed(
                "Cannot read the run image oci:images/run: there is no OCI layout " + HOSTILE,
                StatusPolicy.strict(false));
    }

    private static List<ReportedImage> images() {
        InMemoryImages images = new InMemoryImages();
        PlatformImage build = images.image(BUILD, TestImage.compliantBuild("amd64"));
        PlatformImage run = images.image(RUN, TestImage.compliantRun("amd64"));
        PlatformImage mirror = images.image(MIRROR, TestImage.compliantRun("amd64"));
        return List.of(
                new ReportedImage(Role.BUILD, build),
                new ReportedImage(Role.RUN, run),
                new ReportedImage(Role.MIRROR, mirror));
    }

    private static CheckResult result(String check, Role role, String reference, Verdict verdict) {
        return new CheckResult(Checks.byId(check).orElseThrow(), role, reference, AMD64, verdict);
    }
}
