package io.github.cnbenforcer.builder;

import java.util.Optional;

/** The lifecycle a builder carries: its version and the API versions it supports, as written. */
public final class LifecycleDescriptor {
    static final LifecycleDescriptor UNKNOWN = new LifecycleDescriptor(null, ApiVersions.NONE, ApiVersions.NONE);

    private final String version;
    private final ApiVersions platformApis;
    private final ApiVersions buildpackApis;

    LifecycleDescriptor(String version, ApiVersions platformApis, ApiVersions buildpackApis) {
        this.version = version == null || version.isEmpty() ? null : version;
        this.platformApis = platformApis;
        this.buildpackApis = buildpackApis;
    }

    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    public ApiVersions platformApis() {
        return platformApis;
    }

    public ApiVersions buildpackApis() {
        return buildpackApis;
    }

    /** The same lifecycle with what this one lacks taken from {@code other}. */
    LifecycleDescriptor orElse(LifecycleDescriptor other) {
        return new LifecycleDescriptor(
                version != null ? version : other.version,
                platformApis.isEmpty() ? other.platformApis : platformApis,
                buildpackApis.isEmpty() ? other.buildpackApis : buildpackApis);
    }

    /** {@code lifecycle 0.20.5, Platform API 0.3, 0.4, Buildpack API 0.2}. */
    @Override
    public String toString() {
        return "lifecycle " + (version == null ? "(version not declared)" : version) + ", Platform API " + platformApis
                + ", Buildpack API " + buildpackApis;
    }
}
