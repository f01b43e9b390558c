package io.github.cnbenforcer.check;

import io.github.cnbenforcer.reference.ImageRef;

/** A check of one platform of a builder image against the run image the stack uses. */
public interface BuilderCheck extends Check {
    /** @param runImage the run image checked: {@code runImage}, or the one the builder names */
    Verdict evaluate(ImageUnderCheck builder, ImageRef runImage);
}
