package io.github.cnbenforcer.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.outcome.Finding;
import io.github.cnbenforcer.outcome.Outcome;
import io.github.cnbenforcer.outcome.ReportedImage;
import io.github.cnbenforcer.text.Escape;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
            images.addObject()
                    .put("role", image.role().label())
                    .put("reference", Escape.line(image.image().reference()))
                    .put("manifestDigest", image.image().manifestDigest().toString())
                    .put("configDigest", image.image().configDigest().toString())
                    .put("platform", Escape.line(image.image().platform().toString()));
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : outcome.findings()) {
            findings.addObject()
                    .put("check", finding.checkId())
                    .put("level", finding.level().name())
                    .put("status", finding.status().label())
                    .put("role", finding.role().label())
                    .put("platform", Escape.line(finding.platform().toString()))
                    .put("reference", Escape.line(finding.reference()))
                    .put("message", Escape.line(finding.message()));
        }
        return root;
    }

    /** Writes the report atomically (a reader never sees half a report). */
    public static void write(Outcome outcome, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                Json.write(toJson(outcome), out, true);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
