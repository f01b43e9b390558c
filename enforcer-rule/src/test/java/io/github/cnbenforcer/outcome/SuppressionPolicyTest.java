package io.github.cnbenforcer.outcome;

import static io.github.cnbenforcer.testing.TestResults.check;
import static io.github.cnbenforcer.testing.TestResults.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.image.Platform;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What suppressions do to findings: {@link StatusPolicy#decide} and the {@link Outcome}'s record of them. */
class SuppressionPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 6, 30);
    private static final CheckResult MUST_BROKEN =
            result("build-path", Level.MUST, Verdict.violated("PATH is not set"));
    private static final CheckResult SHOULD_BROKEN =
            result("label-released", Level.SHOULD, Verdict.violated("label missing"));

    private static Suppression suppression(String check, String reason, LocalDate expires) {
        return new Suppression(check, null, null, reason, expires);
    }

    private static StatusPolicy policy(boolean strict, Suppression... suppressions) {
        return StatusPolicy.of(strict, List.of(suppressions), TODAY);
    }

    private static CheckResult resultOf(String check, Role role, String platform) {
        return new CheckResult(
                check(check, Level.SHOULD), role, "oci:image", Platform.parse(platform), Verdict.violated("broken"));
    }

    @Test
    void aSuppressedMustNeverFailsTheBuildStrictIncluded() {
        Suppression suppression = suppression("build-path", "PATH is set by the platform", null);
        Outcome outcome = Outcome.of(List.of(MUST_BROKEN, SHOULD_BROKEN), List.of(), policy(true, suppression));

        Finding finding = outcome.findings().get(0);
        assertThat(finding.status()).isEqualTo(Status.SUPPRESSED);
        assertThat(finding.effect()).isEqualTo(Effect.NONE);
        assertThat(finding.suppression()).contains(suppression);
        assertThat(finding.messageWithSuppression())
                .isEqualTo("PATH is not set (suppressed: PATH is set by the platform)");
        assertThat(outcome.failures()).extracting(Finding::checkId).containsExactly("label-released");
    }

    @Test
    void unverifiedFindingsCanBeSuppressedAndPassesAreLeftAlone() {
        CheckResult unverified = result("build-cnb-user-id", Level.MUST, Verdict.unverified("no layers"));
        CheckResult passed = result("build-path", Level.MUST, Verdict.satisfied("PATH is set"));
        StatusPolicy policy = policy(
                true,
                suppression("build-cnb-user-id", "checked elsewhere", null),
                suppression("build-path", "x", null));

        assertThat(policy.decide(unverified).status()).isEqualTo(Status.SUPPRESSED);
        assertThat(policy.decide(passed).status()).isEqualTo(Status.PASS);
        assertThat(policy.decide(passed).suppression()).isEmpty();
    }

    @Test
    void imageAndPlatformNarrowASuppression() {
        Suppression runOnArm = new Suppression("label-released", Role.RUN, Platform.parse("linux/arm64"), "why", null);
        StatusPolicy policy = policy(false, runOnArm);

        assertThat(statusOf(policy, "label-released", Role.RUN, "linux/arm64/v8"))
                .isEqualTo(Status.SUPPRESSED);
        assertThat(statusOf(policy, "label-released", Role.RUN, "linux/amd64")).isEqualTo(Status.WARN);
        assertThat(statusOf(policy, "label-released", Role.MIRROR, "linux/arm64"))
                .as("run does not cover the run image's mirrors")
                .isEqualTo(Status.WARN);
        assertThat(statusOf(policy, "label-released", Role.BUILD, "linux/arm64"))
                .isEqualTo(Status.WARN);
        assertThat(statusOf(policy, "label-maintainer", Role.RUN, "linux/arm64"))
                .isEqualTo(Status.WARN);
    }

    private static Status statusOf(StatusPolicy policy, String check, Role role, String platform) {
        return policy.decide(resultOf(check, role, platform)).status();
    }

    @Test
    void expiresIsTheLastDayASuppressionHolds() {
        assertThat(policy(false, suppression("label-released", "why", TODAY))
                        .decide(SHOULD_BROKEN)
                        .status())
                .isEqualTo(Status.SUPPRESSED);
        assertThat(policy(false, suppression("label-released", "why", TODAY.minusDays(1)))
                        .decide(SHOULD_BROKEN)
                        .status())
                .isEqualTo(Status.WARN);
    }

    @Test
    void anExpiredSuppressionStopsSuppressingAndTheFailureSaysSo() {
        Suppression expired = suppression("build-path", "PATH comes later", LocalDate.of(2027, 1, 31));
        Outcome outcome = Outcome.of(List.of(MUST_BROKEN), List.of(), policy(false, expired));

        Finding finding = outcome.findings().get(0);
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.suppression()).isEmpty();
        assertThat(finding.expiredSuppression()).contains(expired);
        assertThat(outcome.failureMessage())
                .contains("build-path  build  oci:build  linux/amd64: PATH is not set (its suppression expired after"
                        + " 2027-01-31)");
        SuppressionUse use = outcome.suppressions().get(0);
        assertThat(use.state()).isEqualTo(SuppressionUse.State.EXPIRED);
        assertThat(use.findings()).isEqualTo(1);
        assertThat(use.warning())
                .contains("the suppression of build-path (image any, platform any, expires 2027-01-31) expired after"
                        + " 2027-01-31 and no longer suppresses its finding: fix the images, or renew its <expires>"
                        + " date");
    }

    @Test
    void aSuppressionInForceWinsOverAnExpiredOne() {
        Suppression expired = suppression("label-released", "old", LocalDate.of(2020, 1, 1));
        Suppression inForce = suppression("label-released", "new", null);

        Finding finding = policy(false, expired, inForce).decide(SHOULD_BROKEN);

        assertThat(finding.status()).isEqualTo(Status.SUPPRESSED);
        assertThat(finding.suppression()).contains(inForce);
    }

    @Test
    void aSuppressionThatSuppressedNothingIsStale() {
        Suppression used = suppression("label-released", "why", null);
        Suppression onlyPasses = suppression("os-valid", "why", null);
        Suppression unmatched = new Suppression("label-released", Role.RUN, null, "why", null);
        Outcome outcome = Outcome.of(
                List.of(SHOULD_BROKEN, result("os-valid", Level.MUST, Verdict.satisfied("linux"))),
                List.of(),
                policy(false, used, onlyPasses, unmatched));

        assertThat(outcome.suppressions())
                .extracting(SuppressionUse::state)
                .containsExactly(SuppressionUse.State.APPLIED, SuppressionUse.State.STALE, SuppressionUse.State.STALE);
        assertThat(outcome.suppressions().get(0).warning()).isEmpty();
        assertThat(outcome.suppressions().get(2).warning())
                .contains("the suppression of label-released (image run, platform any) is stale: it matched no"
                        + " finding that did not pass; remove it");
    }

    @Test
    void aRunThatReadNoImageJudgesNoSuppression() {
        Outcome outcome = Outcome.failed("Cannot read", policy(false, suppression("label-released", "why", null)));

        assertThat(outcome.suppressions()).isEmpty();
    }

    @Test
    void onlySuppressedFindingsMeanPass() {
        Outcome outcome =
                Outcome.of(List.of(SHOULD_BROKEN), List.of(), policy(true, suppression("label-released", "why", null)));

        assertThat(outcome.result()).isEqualTo(Result.PASS);
        assertThat(outcome.count(Status.SUPPRESSED)).isEqualTo(1);
    }
}
