package io.github.cnbenforcer.check;

/**
 * One requirement of the buildpacks platform specification, with a stable ID. Implementations are
 * {@link ImageCheck}, {@link PairCheck}, {@link PairingCheck}, {@link MirrorCheck}, {@link RebaseCheck},
 * {@link BuilderCheck} or {@link BuilderPairCheck}; each decides its own {@link Verdict}.
 * {@code pipeline.Checks} lists them all.
 */
public interface Check {
    /** The stable ID, e.g. {@code build-cnb-user-id}. */
    String id();

    Level level();

    Scope scope();

    /** The sentence of the specification the check enforces. */
    String requirement();
}
