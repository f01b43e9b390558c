package io.github.cnbenforcer.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.image.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The POM that configures the rule, as a SARIF artifact location: relative to the source root
 * ({@code %SRCROOT%}, the directory the build runs in) when it is inside it, as dashboards resolve
 * paths against the repository's root; else as an absolute file URI.
 */
final class ConfigurationFile {
    private final Path sourceRoot;
    private final Path pom;

    ConfigurationFile(Path sourceRoot, Path pom) {
        this.sourceRoot = sourceRoot.toAbsolutePath().normalize();
        this.pom = pom.toAbsolutePath().normalize();
    }

    ObjectNode physicalLocation() {
        ObjectNode location = Json.object();
        ObjectNode artifact = location.putObject("artifactLocation");
        if (isUnderRoot()) {
            artifact.put("uri", relativeUri(sourceRoot.relativize(pom))).put("uriBaseId", SarifReport.SOURCE_ROOT);
        } else {
            artifact.put("uri", pom.toUri().toString());
        }
        return location;
    }

    /** The run's {@code originalUriBaseIds}: where {@code %SRCROOT%} is, when a location uses it. */
    Optional<ObjectNode> baseIds() {
        if (!isUnderRoot()) {
            return Optional.empty();
        }
        ObjectNode baseIds = Json.object();
        String root = sourceRoot.toUri().toString();
        baseIds.putObject(SarifReport.SOURCE_ROOT).put("uri", root.endsWith("/") ? root : root + "/");
        return Optional.of(baseIds);
    }

    private boolean isUnderRoot() {
        return pom.startsWith(sourceRoot);
    }

    /**
     * A relative path as a URI reference: {@code /}-separated, each character a URI does not allow
     * encoded, and {@code ./} in front of a first segment with a colon, which would read as a scheme.
     */
    private static String relativeUri(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        String path = (parts.get(0).contains(":") ? "./" : "") + String.join("/", parts);
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + relative, e);
        }
    }
}
