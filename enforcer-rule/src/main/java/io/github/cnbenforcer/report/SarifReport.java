package io.github.cnbenforcer.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.outcome.Effect;
import io.github.cnbenforcer.outcome.Finding;
import io.github.cnbenforcer.outcome.Outcome;
import io.github.cnbenforcer.outcome.Status;
import io.github.cnbenforcer.text.Escape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The SARIF 2.1.0 report, for code-scanning dashboards (the site's report page describes it): one
 * rule per check, one result per finding that did not pass. A result's level is {@code error} when it
 * fails the build, {@code warning} when it is a warning, {@code note} when a suppression accepts it
 * (with the suppression's reason as justification). Its location is the POM that configures the
 * rule, and, as a logical location, the image reference and platform. Values that came from images
 * are escaped as {@link Escape#line} escapes, as in the log.
 */
public final class SarifReport {
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String SOURCE_ROOT = "%SRCROOT%";

    private final List<Check> checks;
    private final ConfigurationFile configuration;

    /**
     * @param checks the checks of the rule, each a SARIF rule
     * @param sourceRoot the directory the build runs in, which dashboards take as the repository's root
     * @param pom the POM that configures the rule: where each result is
     */
    public SarifReport(List<Check> checks, Path sourceRoot, Path pom) {
        this.checks = List.copyOf(checks);
        this.configuration = new ConfigurationFile(sourceRoot, pom);
    }

    public void write(Outcome outcome, Path file) throws IOException {
        ReportFiles.write(file, out -> Json.write(toJson(outcome), out, true));
    }

    public ObjectNode toJson(Outcome outcome) {
        ObjectNode log = Json.object();
        log.put("$schema", SCHEMA).put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", Tool.RULE.name()).put("version", Tool.RULE.version()).put("informationUri", Tool.RULE.url());
        ArrayNode rules = driver.putArray("rules");
        checks.forEach(check -> rules.add(rule(check)));
        configuration.baseIds().ifPresent(baseIds -> run.set("originalUriBaseIds", baseIds));
        run.putArray("invocations").add(SarifNotifications.invocation(outcome));
        ArrayNode results = run.putArray("results");
        for (Finding finding : outcome.findings()) {
            if (finding.status() != Status.PASS) {
                results.add(result(finding));
            }
        }
        return log;
    }

    private ObjectNode rule(Check check) {
        String level = check.level().name();
        String image = check.scope().name().toLowerCase(Locale.ROOT);
        ObjectNode rule = Json.object().put("id", check.id());
        rule.putObject("shortDescription").put("text", check.id() + " (" + level + ", image " + image + ")");
        rule.putObject("fullDescription").put("text", check.requirement());
        rule.put("helpUri", Tool.RULE.checkPage(check.id()));
        rule.putObject("help")
                .put(
                        "text",
                        "What " + check.id() + " asks, how to fix it and how to suppress it: "
                                + Tool.RULE.checkPage(check.id()));
        rule.putObject("defaultConfiguration").put("level", check.level() == Level.MUST ? "error" : "warning");
        ObjectNode properties = rule.putObject("properties");
        properties.put("requirementLevel", level);
        properties.put("image", image);
        properties.putArray("tags").add("buildpacks").add(level);
        return rule;
    }

    private ObjectNode result(Finding finding) {
        String reference = Escape.line(finding.reference());
        String platform = Escape.line(finding.platform().toString());
        ObjectNode result = Json.object();
        result.put("ruleId", finding.checkId()).put("ruleIndex", ruleIndex(finding));
        result.put("level", level(finding));
        result.putObject("message").put("text", Escape.line(finding.messageWithSuppression()));
        ObjectNode location = result.putArray("locations").addObject();
        location.set("physicalLocation", configuration.physicalLocation());
        location.putArray("logicalLocations")
                .addObject()
                .put("name", reference)
                .put("fullyQualifiedName", finding.role().label() + " " + reference + " " + platform)
                .put("kind", "resource");
        location.putObject("message")
                .put("text", "the " + finding.role().description() + " " + reference + ", platform " + platform);
        result.putObject("partialFingerprints").put("cnbFinding/v1", fingerprint(finding));
        result.putObject("properties")
                .put("status", finding.status().label())
                .put("requirementLevel", finding.level().name())
                .put("role", finding.role().label())
                .put("reference", reference)
                .put("platform", platform);
        finding.suppression()
                .ifPresent(suppression -> result.putArray("suppressions")
                        .addObject()
                        .put("kind", "external")
                        .put("status", "accepted")
                        .put("justification", Escape.line(suppression.reason())));
        return result;
    }

    private int ruleIndex(Finding finding) {
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).id().equals(finding.checkId())) {
                return i;
            }
        }
        throw new IllegalArgumentException("a finding of a check the report does not list: " + finding.checkId());
    }

    /** {@code error} for a finding that fails the build, {@code note} for a suppressed one, else {@code warning}. */
    static String level(Finding finding) {
        if (finding.effect() == Effect.FAILURE) {
            return "error";
        }
        return finding.status() == Status.SUPPRESSED ? "note" : "warning";
    }

    /** The same check, image and platform: the same finding from one run to the next. */
    private static String fingerprint(Finding finding) {
        String key = finding.checkId() + "\n" + finding.subject();
        return Digest.sha256(key.getBytes(StandardCharsets.UTF_8)).hex();
    }
}
