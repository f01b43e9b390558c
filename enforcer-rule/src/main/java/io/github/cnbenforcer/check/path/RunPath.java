package io.github.cnbenforcer.check.path;

import io.github.cnbenforcer.check.Scope;

/** {@code run-path}: the run image's {@code PATH} is empty or a list of absolute paths. */
public final class RunPath extends PathCheck {
    public static final String ID = "run-path";

    public RunPath() {
        super(ID, Scope.RUN);
    }
}
