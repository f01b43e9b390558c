package io.github.cnbenforcer.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.builder.ApiVersions;
import io.github.cnbenforcer.builder.LifecycleDescriptor;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.outcome.Finding;
import io.github.cnbenforcer.outcome.Outcome;
import io.github.cnbenforcer.outcome.ReportedImage;
import io.github.cnbenforcer.outcome.Suppression;
import io.github.cnbenforcer.outcome.SuppressionUse;
import io.github.cnbenforcer.text.Escape;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The JSON report (the site's report page describes it), written on every run from the
 * {@link Outcome}. Values that came from images (references, platforms, messages, the error) are
 * escaped as {@link Escape#line} escapes, as in the log.
 */
public final class JsonReport {
    public static final String RULE_NAME = "cnbBaseImages";

    private JsonReport() {}

    public static ObjectNode toJson(Outcome outcome) {
        ObjectNode root = Json.object();
        root.put("rule", RULE_NAME);
        root.put("result", outcome.result().label());
        root.put("strict", outcome.isStrict());
        if (outcome.error() != null) {
            root.put("error", Escape.line(outcome.error()));
        }
        ArrayNode images = root.putArray("images");
        for (ReportedImage image : outcome.images()) {
            ObjectNode entry = images.addObject()
                    .put("role", image.role().label())
                    .put("reference", Escape.line(image.image().reference()))
                    .put("manifestDigest", image.image().manifestDigest().toString())
                    .put("configDigest", image.image().configDigest().toString())
                    .put("platform", Escape.line(image.image().platform().toString()));
            image.lifecycle().ifPresent(lifecycle -> entry.set("lifecycle", lifecycleJson(lifecycle)));
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : outcome.findings()) {
            ObjectNode entry = findings.addObject()
                    .put("check", finding.checkId())
                    .put("level", finding.level().name())
                    .put("status", finding.status().label())
                    .put("role", finding.role().label())
                    .put("platform", Escape.line(finding.platform().toString()))
                    .put("reference", Escape.line(finding.reference()))
                    .put("message", Escape.line(finding.message()));
            finding.suppression().ifPresent(s -> entry.set("suppression", suppression(s, false)));
            finding.expiredSuppression().ifPresent(s -> entry.set("suppression", suppression(s, true)));
            if (!finding.details().isEmpty()) {
                ArrayNode details = entry.putArray("details");
                finding.details().forEach(item -> details.add(Escape.line(item)));
            }
        }
        ArrayNode suppressions = root.putArray("suppressions");
        for (SuppressionUse use : outcome.suppressions()) {
            suppressions.add(suppression(use.suppression(), use.state() == SuppressionUse.State.EXPIRED)
                    .put("state", use.state().label())
                    .put("findings", use.findings()));
        }
        return root;
    }

    /** A suppression as configured, and whether it has expired. */
    private static ObjectNode suppression(Suppression suppression, boolean expired) {
        ObjectNode json = Json.object().put("check", suppression.checkId());
        suppression.role().ifPresent(role -> json.put("image", role.label()));
        suppression.platform().ifPresent(platform -> json.put("platform", Escape.line(platform.toString())));
        json.put("reason", Escape.line(suppression.reason()));
        suppression.expires().ifPresent(date -> json.put("expires", date.toString()));
        return json.put("expired", expired);
    }

    private static ObjectNode lifecycleJson(LifecycleDescriptor lifecycle) {
        ObjectNode json = Json.object();
        lifecycle.version().ifPresent(version -> json.put("version", Escape.line(version)));
        json.set("platformApis", apisJson(lifecycle.platformApis()));
        json.set("buildpackApis", apisJson(lifecycle.buildpackApis()));
        return json;
    }

    private static ObjectNode apisJson(ApiVersions apis) {
        ObjectNode json = Json.object();
        ArrayNode supported = json.putArray("supported");
        apis.supported().forEach(version -> supported.add(Escape.line(version)));
        ArrayNode deprecated = json.putArray("deprecated");
        apis.deprecated().forEach(version -> deprecated.add(Escape.line(version)));
        return json;
    }

    /** Writes the report atomically (a reader never sees half a report). */
    public static void write(Outcome outcome, Path file) throws IOException {
        ReportFiles.write(file, out -> Json.write(toJson(outcome), out, true));
    }
}
