package io.github.cnbenforcer.builder;

import java.util.List;

/** The versions of one buildpacks API (Platform or Buildpack) a lifecycle supports, as written. */
public final class ApiVersions {
    static final ApiVersions NONE = new ApiVersions(List.of(), List.of());

    private final List<String> supported;
    private final List<String> deprecated;

    ApiVersions(List<String> supported, List<String> deprecated) {
        this.supported = List.copyOf(supported);
        this.deprecated = List.copyOf(deprecated);
    }

    public List<String> supported() {
        return supported;
    }

    public List<String> deprecated() {
        return deprecated;
    }

    public boolean isEmpty() {
        return supported.isEmpty() && deprecated.isEmpty();
    }

    /** {@code 0.3, 0.4 (deprecated: 0.2)}, or {@code none}. */
    @Override
    public String toString() {
        if (isEmpty()) {
            return "none";
        }
        String text = String.join(", ", supported);
        return deprecated.isEmpty() ? text : text + " (deprecated: " + String.join(", ", deprecated) + ")";
    }
}
