package io.github.cnbenforcer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.Finding;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.image.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackOutcomeTest {
    private static final Platform AMD64 = Platform.parse("linux/amd64");

    private static Check check(String id, Level level) {
        return new Check() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Level level() {
                return level;
            }

            @Override
            public Scope scope() {
                return Scope.BUILD;
            }

            @Override
            public String requirement() {
                return "test requirement";
            }
        };
    }

    private static Finding finding(String id, Level level, Verdict verdict, boolean strict) {
        return Finding.of(check(id, level), verdict, Role.BUILD, "oci:build", AMD64, strict);
    }

    @Test
    void lineBreaksSeparateFindingsButNeverComeFromAnImage(@TempDir Path dir) throws Exception {
        Platform forgedPlatform = Platform.of("linux\n[ERROR] forged", "amd64\u001b]0;x\u0007", null);
        Finding forged = finding("build-path", Level.MUST, Verdict.violated("PATH is 'a\n[ERROR] forged'"), false);
        Finding hostile = new Finding(
                forged.check(),
                forged.status(),
                Role.BUILD,
                "oci:build\n[ERROR] ref",
                forgedPlatform,
                forged.message());
        StackOutcome outcome = StackOutcome.of(List.of(hostile, hostile), List.of(), false);

        List<String> lines = outcome.failureMessage().lines().collect(java.util.stream.Collectors.toList());
        assertThat(lines).hasSize(3);
        assertThat(lines).noneMatch(line -> line.startsWith("[ERROR]")).noneMatch(line -> line.contains("\u001b"));
        assertThat(lines.get(1))
                .isEqualTo(
                        "  build-path  build  oci:build\\n[ERROR] ref  linux\\n[ERROR] forged/amd64\\u001b]0;x\\u0007:"
                                + " PATH is 'a\\n[ERROR] forged'");

        Path file = dir.resolve("report.json");
        JsonReport.write(outcome, file);
        JsonNode finding =
                Json.mapper().readTree(Files.readAllBytes(file)).get("findings").get(0);
        assertThat(finding.get("message").asText()).isEqualTo("PATH is 'a\\n[ERROR] forged'");
        assertThat(finding.get("reference").asText()).isEqualTo("oci:build\\n[ERROR] ref");
        assertThat(finding.get("platform").asText()).isEqualTo("linux\\n[ERROR] forged/amd64\\u001b]0;x\\u0007");
    }

    @Test
    void violatedMustFailsAndViolatedShouldWarns() {
        StackOutcome outcome = StackOutcome.of(
                List.of(
                        finding("build-path", Level.MUST, Verdict.violated("PATH is not set"), false),
                        finding("label-maintainer", Level.SHOULD, Verdict.violated("label missing"), false),
                        finding("os-valid", Level.MUST, Verdict.satisfied("os is linux"), false)),
                List.of(),
                false);

        assertThat(outcome.result()).isEqualTo(StackOutcome.Result.FAIL);
        assertThat(outcome.failures()).extracting(Finding::checkId).containsExactly("build-path");
        assertThat(outcome.warnings()).extracting(Finding::checkId).containsExactly("label-maintainer");
        assertThat(outcome.failureMessage())
                .contains("break 1 requirement:")
                .contains("build-path  build  oci:build  linux/amd64: PATH is not set");
    }

    @Test
    void unverifiedWarnsUnlessStrict() {
        List<Finding> findings =
                List.of(finding("build-cnb-user-id", Level.MUST, Verdict.unverified("no layers"), false));

        assertThat(StackOutcome.of(findings, List.of(), false).result()).isEqualTo(StackOutcome.Result.WARN);
        assertThat(StackOutcome.of(findings, List.of(), true).result()).isEqualTo(StackOutcome.Result.FAIL);
        assertThat(StackOutcome.of(findings, List.of(), true).failureMessage()).contains("strict");
    }

    @Test
    void strictTurnsShouldViolationsIntoFailures() {
        StackOutcome outcome = StackOutcome.of(
                List.of(finding("label-homepage", Level.SHOULD, Verdict.violated("label missing"), true)),
                List.of(),
                true);

        assertThat(outcome.failures()).hasSize(1);
        assertThat(outcome.findings().get(0).status().label()).isEqualTo("fail");
    }

    @Test
    void onlyPassesMeanPass() {
        StackOutcome outcome = StackOutcome.of(
                List.of(finding("os-valid", Level.MUST, Verdict.satisfied("os is linux"), false)), List.of(), false);

        assertThat(outcome.result()).isEqualTo(StackOutcome.Result.PASS);
    }

    @Test
    void reportListsEveryFindingWithItsFields(@TempDir Path dir) throws Exception {
        StackOutcome outcome = StackOutcome.of(
                List.of(
                        finding("os-valid", Level.MUST, Verdict.satisfied("os is linux"), false),
                        finding("label-metadata", Level.SHOULD, Verdict.violated("label missing"), false)),
                List.of(),
                false);
        Path file = dir.resolve("nested/report.json");

        JsonReport.write(outcome, file);

        JsonNode report = Json.mapper().readTree(Files.readAllBytes(file));
        assertThat(report.get("rule").asText()).isEqualTo("cnbBaseImages");
        assertThat(report.get("result").asText()).isEqualTo("warn");
        assertThat(report.get("findings")).hasSize(2);
        JsonNode warning = report.get("findings").get(1);
        assertThat(warning.get("check").asText()).isEqualTo("label-metadata");
        assertThat(warning.get("level").asText()).isEqualTo("SHOULD");
        assertThat(warning.get("status").asText()).isEqualTo("warn");
        assertThat(warning.get("role").asText()).isEqualTo("build");
        assertThat(warning.get("platform").asText()).isEqualTo("linux/amd64");
        assertThat(warning.get("reference").asText()).isEqualTo("oci:build");
        assertThat(warning.get("message").asText()).isEqualTo("label missing");
    }

    @Test
    void reportOfAnUnreadableImageCarriesTheError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.json");

        JsonReport.write(StackOutcome.failed("Cannot read the run image oci:run: no such directory"), file);

        JsonNode report = Json.mapper().readTree(Files.readAllBytes(file));
        assertThat(report.get("result").asText()).isEqualTo("fail");
        assertThat(report.get("error").asText()).contains("Cannot read the run image");
        assertThat(report.get("findings")).isEmpty();
    }
}
