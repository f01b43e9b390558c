package io.github.cnbenforcer.outcome;

import static io.github.cnbenforcer.testing.TestResults.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestResults;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OutcomeTest {
    private static final StatusPolicy LENIENT = StatusPolicy.strict(false);
    private static final StatusPolicy STRICT = StatusPolicy.strict(true);

    @Test
    void lineBreaksSeparateFindingsButNeverComeFromAnImage() {
        CheckResult hostile = TestResults.hostile();
        Outcome outcome = Outcome.of(List.of(hostile, hostile), List.of(), LENIENT);

        List<String> lines = outcome.failureMessage().lines().collect(Collectors.toList());
        assertThat(lines).hasSize(3);
        assertThat(lines).noneMatch(line -> line.startsWith("[ERROR]")).noneMatch(line -> line.contains("\u001b"));
        assertThat(lines.get(1))
                .isEqualTo(
                        "  build-path  build  oci:build\\n[ERROR] ref  linux\\n[ERROR] forged/amd64\\u001b]0;x\\u0007:"
                                + " PATH is 'a\\n[ERROR] forged'");
    }

    @Test
    void violatedMustFailsAndViolatedShouldWarns() {
        Outcome outcome = Outcome.of(
                List.of(
                        result("build-path", Level.MUST, Verdict.violated("PATH is not set")),
                        result("label-maintainer", Level.SHOULD, Verdict.violated("label missing")),
                        result("os-valid", Level.MUST, Verdict.satisfied("os is linux"))),
                List.of(),
                LENIENT);

        assertThat(outcome.result()).isEqualTo(Result.FAIL);
        assertThat(outcome.failures()).extracting(Finding::checkId).containsExactly("build-path");
        assertThat(outcome.warnings()).extracting(Finding::checkId).containsExactly("label-maintainer");
        assertThat(outcome.failureMessage())
                .contains("break 1 requirement:")
                .contains("build-path  build  oci:build  linux/amd64: PATH is not set");
    }

    @Test
    void unverifiedWarnsUnlessStrict() {
        List<CheckResult> results = List.of(result("build-cnb-user-id", Level.MUST, Verdict.unverified("no layers")));

        assertThat(Outcome.of(results, List.of(), LENIENT).result()).isEqualTo(Result.WARN);
        assertThat(Outcome.of(results, List.of(), STRICT).result()).isEqualTo(Result.FAIL);
        assertThat(Outcome.of(results, List.of(), STRICT).failureMessage()).contains("strict");
    }

    @Test
    void strictTurnsShouldViolationsIntoFailures() {
        Outcome outcome = Outcome.of(
                List.of(result("label-homepage", Level.SHOULD, Verdict.violated("label missing"))), List.of(), STRICT);

        assertThat(outcome.failures()).hasSize(1);
        assertThat(outcome.findings().get(0).status().label()).isEqualTo("fail");
    }

    @Test
    void strictKeepsTheStatusOfUnverifiedFindingsButFailsOnThem() {
        Finding finding = STRICT.decide(result("build-cnb-user-id", Level.MUST, Verdict.unverified("no layers")));

        assertThat(finding.status()).isEqualTo(Status.UNVERIFIED);
        assertThat(finding.effect()).isEqualTo(Effect.FAILURE);
        assertThat(LENIENT.decide(result("build-cnb-user-id", Level.MUST, Verdict.unverified("no layers")))
                        .effect())
                .isEqualTo(Effect.WARNING);
    }

    @Test
    void onlyPassesMeanPass() {
        Outcome outcome = Outcome.of(
                List.of(result("os-valid", Level.MUST, Verdict.satisfied("os is linux"))), List.of(), LENIENT);

        assertThat(outcome.result()).isEqualTo(Result.PASS);
    }

    @Test
    void aRunThatCouldNotReadAnImageFailsAndRecordsWhetherItWasStrict() {
        Outcome outcome = Outcome.failed("Cannot read the run image oci:run: no such directory", STRICT);

        assertThat(outcome.result()).isEqualTo(Result.FAIL);
        assertThat(outcome.isStrict()).isTrue();
        assertThat(outcome.findings()).isEmpty();
    }
}
