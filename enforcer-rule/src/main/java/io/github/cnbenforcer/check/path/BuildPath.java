package io.github.cnbenforcer.check.path;

import io.github.cnbenforcer.check.Scope;

/** {@code build-path}: the build image's {@code PATH} is empty or a list of absolute paths. */
public final class BuildPath extends PathCheck {
    public static final String ID = "build-path";

    public BuildPath() {
        super(ID, Scope.BUILD);
    }
}
