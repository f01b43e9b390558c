package io.github.cnbenforcer.rebase;

import java.util.Map;
import java.util.Optional;

/**
 * A run image's target data as the lifecycle reads it for a rebase ({@code platform.GetTargetMetadata}):
 * {@code os}, {@code architecture} and {@code variant} of the image config, and a distro when the image
 * has {@value #DISTRO_NAME_LABEL} or {@value #DISTRO_VERSION_LABEL} (the absent one empty); besides, the
 * distro its {@code /etc/os-release} names ({@code ID}, {@code VERSION_ID}), which the lifecycle uses at
 * build time when the labels are absent. An app image inherits the labels and config of the run image
 * it was built on (and, after a rebase, the new run image's {@code io.buildpacks.base.*} labels), so the
 * previous run image's target data is what its apps recorded.
 */
public final class RunImageTarget {
    public static final String DISTRO_NAME_LABEL = "io.buildpacks.base.distro.name";
    public static final String DISTRO_VERSION_LABEL = "io.buildpacks.base.distro.version";

    private final String os;
    private final String architecture;
    private final String variant;
    private final Distro labelDistro;
    private final Distro osReleaseDistro;

    private RunImageTarget(String os, String architecture, String variant, Distro labelDistro, Distro osReleaseDistro) {
        this.os = os;
        this.architecture = architecture;
        this.variant = variant;
        this.labelDistro = labelDistro;
        this.osReleaseDistro = osReleaseDistro;
    }

    /**
     * @param variant the config's {@code variant}, null or empty when it has none
     * @param labels the config's labels
     * @param osRelease the variables of the image's {@code /etc/os-release}, empty when it has none or
     *     its layers were not read
     */
    public static RunImageTarget of(
            String os,
            String architecture,
            String variant,
            Map<String, String> labels,
            Optional<Map<String, String>> osRelease) {
        Distro labelDistro = labels.containsKey(DISTRO_NAME_LABEL) || labels.containsKey(DISTRO_VERSION_LABEL)
                ? new Distro(labels.get(DISTRO_NAME_LABEL), labels.get(DISTRO_VERSION_LABEL))
                : null;
        Distro osReleaseDistro = osRelease
                .map(variables -> new Distro(variables.get("ID"), variables.get("VERSION_ID")))
                .filter(distro -> !distro.name().isEmpty() || !distro.version().isEmpty())
                .orElse(null);
        return new RunImageTarget(
                nullToEmpty(os), nullToEmpty(architecture), nullToEmpty(variant), labelDistro, osReleaseDistro);
    }

    String os() {
        return os;
    }

    String architecture() {
        return architecture;
    }

    String variant() {
        return variant;
    }

    /** The distro of the labels; empty when the image has neither label. */
    Optional<Distro> labelDistro() {
        return Optional.ofNullable(labelDistro);
    }

    /** The distro of {@code /etc/os-release}; empty when unknown. */
    Optional<Distro> osReleaseDistro() {
        return Optional.ofNullable(osReleaseDistro);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
