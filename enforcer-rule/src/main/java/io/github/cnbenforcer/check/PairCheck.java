package io.github.cnbenforcer.check;

/** A check of the build and run images of one platform together. */
public interface PairCheck extends Check {
    Verdict evaluate(ImageUnderCheck build, ImageUnderCheck run);
}
