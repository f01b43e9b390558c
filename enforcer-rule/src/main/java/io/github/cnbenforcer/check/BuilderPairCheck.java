package io.github.cnbenforcer.check;

/**
 * A check of one platform of a builder image against the build image given beside it: run only when
 * both {@code buildImage} and {@code builderImage} are given.
 */
public interface BuilderPairCheck extends Check {
    Verdict evaluate(ImageUnderCheck builder, ImageUnderCheck build);
}
