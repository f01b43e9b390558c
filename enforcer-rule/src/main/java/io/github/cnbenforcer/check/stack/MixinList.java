package io.github.cnbenforcer.check.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.image.ImageConfig;
import io.github.cnbenforcer.image.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The label {@code io.buildpacks.stack.mixins} of an image, read as the lifecycle decodes it: an empty
 * or absent label, or JSON {@code null} (what {@code pack builder create} writes on a builder whose
 * build image lists none), lists nothing; anything else must be a JSON array of strings. A mixin name
 * may carry a stage prefix, {@code build:} or {@code run:}, for a mixin of one stage only.
 */
final class MixinList {
    static final String BUILD_ONLY = "build:";
    static final String RUN_ONLY = "run:";

    private final String raw;
    private final boolean malformed;
    private final List<String> names;

    private MixinList(String raw, Optional<List<String>> names) {
        this.raw = raw;
        this.malformed = names.isEmpty();
        this.names = names.orElse(List.of());
    }

    static MixinList of(ImageConfig config) {
        String raw = config.label(BaseLabels.STACK_MIXINS).orElse("");
        return new MixinList(raw, raw.isEmpty() ? Optional.of(List.of()) : parse(raw));
    }

    /** Whether the label is set to something. */
    boolean isSet() {
        return !raw.isEmpty();
    }

    /** Whether the label is set to something that is not a JSON array of strings (it then lists nothing). */
    boolean isMalformed() {
        return malformed;
    }

    String raw() {
        return raw;
    }

    List<String> names() {
        return names;
    }

    /** The names that carry {@code prefix}, as written. */
    List<String> withPrefix(String prefix) {
        return names.stream().filter(name -> name.startsWith(prefix)).collect(Collectors.toList());
    }

    /** Every name with its stage prefix (whatever precedes the first {@code :}) removed, as the rebaser compares them. */
    List<String> withoutStagePrefixes() {
        return names.stream().map(name -> name.substring(name.indexOf(':') + 1)).collect(Collectors.toList());
    }

    /** The names of mixins for both stages: those without a stage prefix. */
    List<String> ofBothStages() {
        return names.stream()
                .filter(name -> !name.startsWith(BUILD_ONLY) && !name.startsWith(RUN_ONLY))
                .collect(Collectors.toList());
    }

    /** The names; empty when {@code raw} is not one JSON array of strings, as Go's json.Unmarshal reads it. */
    private static Optional<List<String>> parse(String raw) {
        JsonNode json;
        try {
            json = Json.wholeTree(raw.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (json != null && json.isNull()) {
            return Optional.of(List.of());
        }
        if (json == null || !json.isArray()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (JsonNode element : json) {
            if (!element.isTextual()) {
                return Optional.empty();
            }
            names.add(element.asText());
        }
        return Optional.of(List.copyOf(names));
    }
}
