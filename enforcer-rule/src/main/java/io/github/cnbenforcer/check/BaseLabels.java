package io.github.cnbenforcer.check;

import io.github.cnbenforcer.image.ImageConfig;

/** The labels of the buildpacks platform specification that base images carry. */
public final class BaseLabels {
    public static final String MAINTAINER = "io.buildpacks.base.maintainer";
    public static final String HOMEPAGE = "io.buildpacks.base.homepage";
    public static final String RELEASED = "io.buildpacks.base.released";
    public static final String DESCRIPTION = "io.buildpacks.base.description";
    public static final String METADATA = "io.buildpacks.base.metadata";
    public static final String DISTRO_NAME = "io.buildpacks.base.distro.name";
    public static final String DISTRO_VERSION = "io.buildpacks.base.distro.version";
    public static final String BASE_ID = "io.buildpacks.base.id";
    public static final String REBASABLE = "io.buildpacks.rebasable";
    /** Deprecated in Platform API 0.12, still read by older platforms and the lifecycle's rebaser. */
    public static final String STACK_ID = "io.buildpacks.stack.id";
    /** Deprecated in Platform API 0.12, still read by older platforms and the lifecycle's rebaser. */
    public static final String STACK_MIXINS = "io.buildpacks.stack.mixins";

    private static final String BASE_PREFIX = "io.buildpacks.base.";
    private static final String STACK_PREFIX = "io.buildpacks.stack.";

    private BaseLabels() {}

    /**
     * For an {@code io.buildpacks.base.*} label that is not set: a note, starting with a space, that the
     * image sets the deprecated {@code io.buildpacks.stack.*} label of the same name instead, as stacks
     * made before Platform API 0.12 do; empty text when it does not.
     */
    public static String deprecatedInstead(ImageConfig config, String baseLabel) {
        if (!baseLabel.startsWith(BASE_PREFIX)) {
            return "";
        }
        String stackLabel = STACK_PREFIX + baseLabel.substring(BASE_PREFIX.length());
        boolean stackLabelSet =
                config.label(stackLabel).filter(value -> !value.isBlank()).isPresent();
        return stackLabelSet
                ? " (only the deprecated " + stackLabel + " is set, which Platform API 0.12 and later do not read)"
                : "";
    }
}
