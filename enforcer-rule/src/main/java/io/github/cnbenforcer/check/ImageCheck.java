package io.github.cnbenforcer.check;

/** A check of one image (build, run, or each) of one platform. */
public interface ImageCheck extends Check {
    Verdict evaluate(ImageUnderCheck image);
}
