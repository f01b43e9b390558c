package io.github.cnbenforcer.report;

import static io.github.cnbenforcer.testing.TestResults.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.outcome.Outcome;
import io.github.cnbenforcer.outcome.StatusPolicy;
import io.github.cnbenforcer.testing.TestResults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
    private static final StatusPolicy LENIENT = StatusPolicy.strict(false);

    private static JsonNode written(Outcome outcome, Path file) throws Exception {
        JsonReport.write(outcome, file);
        return Json.mapper().readTree(Files.readAllBytes(file));
    }

    @Test
    void valuesFromImagesAreEscaped(@TempDir Path dir) throws Exception {
        CheckResult hostile = TestResults.hostile();

        JsonNode finding = written(Outcome.of(List.of(hostile), List.of(), LENIENT), dir.resolve("report.json"))
                .get("findings")
                .get(0);

        assertThat(finding.get("message").asText()).isEqualTo("PATH is 'a\\n[ERROR] forged'");
        assertThat(finding.get("reference").asText()).isEqualTo("oci:build\\n[ERROR] ref");
        assertThat(finding.get("platform").asText()).isEqualTo("linux\\n[ERROR] forged/amd64\\u001b]0;x\\u0007");
    }

    @Test
    void reportListsEveryFindingWithItsFields(@TempDir Path dir) throws Exception {
        Outcome outcome = Outcome.of(
                List.of(
                        result("os-valid", Level.MUST, Verdict.satisfied("os is linux")),
                        result("label-metadata", Level.SHOULD, Verdict.violated("label missing"))),
                List.of(),
                LENIENT);

        JsonNode report = written(outcome, dir.resolve("nested/report.json"));

        assertThat(report.get("rule").asText()).isEqualTo("cnbBaseImages");
        assertThat(report.get("result").asText()).isEqualTo("warn");
        assertThat(report.get("strict").asBoolean()).isFalse();
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
    void aFindingListsItsDetailsEscapedAndOnlyWhenItHasSome(@TempDir Path dir) throws Exception {
        Outcome outcome = Outcome.of(
                List.of(
                        result(
                                "rebase-abi",
                                Level.MUST,
                                Verdict.violated("1 package removed (libssl3)")
                                        .withDetails(List.of("package removed: libssl3\n[ERROR] forged"))),
                        result("os-valid", Level.MUST, Verdict.satisfied("os is linux"))),
                List.of(),
                LENIENT);

        JsonNode findings = written(outcome, dir.resolve("report.json")).get("findings");

        assertThat(findings.get(0).get("details")).hasSize(1);
        assertThat(findings.get(0).get("details").get(0).asText())
                .isEqualTo("package removed: libssl3\\n[ERROR] forged");
        assertThat(findings.get(1).has("details")).isFalse();
    }

    @Test
    void reportRecordsStrict(@TempDir Path dir) throws Exception {
        Outcome outcome = Outcome.of(
                List.of(result("label-metadata", Level.SHOULD, Verdict.violated("label missing"))),
                List.of(),
                StatusPolicy.strict(true));

        JsonNode report = written(outcome, dir.resolve("report.json"));

        assertThat(report.get("strict").isBoolean()).isTrue();
        assertThat(report.get("strict").asBoolean()).isTrue();
        assertThat(report.get("result").asText()).isEqualTo("fail");
    }

    @Test
    void reportOfAnUnreadableImageCarriesTheError(@TempDir Path dir) throws Exception {
        JsonNode report = written(
                Outcome.failed("Cannot read the run image oci:run: no such directory", LENIENT),
                dir.resolve("report.json"));

        assertThat(report.get("result").asText()).isEqualTo("fail");
        assertThat(report.get("error").asText()).contains("Cannot read the run image");
        assertThat(report.get("findings")).isEmpty();
    }
}
