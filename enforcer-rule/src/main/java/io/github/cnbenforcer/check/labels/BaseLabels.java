package io.github.cnbenforcer.check.labels;

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

    private BaseLabels() {}
}
