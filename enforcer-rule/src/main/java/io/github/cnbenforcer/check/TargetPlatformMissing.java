package io.github.cnbenforcer.check;

/**
 * {@code target-platform-missing}: a platform to validate must exist in both images. Decided by the
 * {@link StackEvaluator} while it pairs platforms, so this class only carries the check's identity.
 */
public final class TargetPlatformMissing implements Check {
    public static final String ID = "target-platform-missing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level level() {
        return Level.MUST;
    }

    @Override
    public Scope scope() {
        return Scope.PAIR;
    }

    @Override
    public String requirement() {
        return "The build image config and the run image config both specify the same os, architecture,"
                + " variant (if specified), io.buildpacks.base.distro.name (if specified), and"
                + " io.buildpacks.base.distro.version (if specified): every platform validated exists in both images.";
    }
}
