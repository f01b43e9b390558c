package io.github.cnbenforcer.check;

/** The images a check looks at. */
public enum Scope {
    /** The build image alone, and a builder. */
    BUILD,
    /** The run image alone, and each mirror on its own. */
    RUN,
    /** Every image on its own: build, run, each mirror and a builder. */
    EACH,
    /** The build and run images together. */
    PAIR,
    /** The run image and each of its mirrors together. */
    MIRROR,
    /** The run image against the previous run image it replaces. */
    PREVIOUS,
    /** A builder against the build image given beside it, or the run image it names. */
    BUILDER;

    /** Whether an image check of this scope applies to an image of {@code role} on its own. */
    public boolean appliesTo(Role role) {
        switch (this) {
            case EACH:
                return role.checkedAs() == Role.BUILD || role.checkedAs() == Role.RUN;
            case BUILD:
                return role.checkedAs() == Role.BUILD;
            case RUN:
                return role.checkedAs() == Role.RUN;
            default:
                return false;
        }
    }

    /** Whether a check of this scope has findings about an image of {@code role} (or the pair). */
    public boolean reports(Role role) {
        switch (this) {
            case PAIR:
                return role == Role.PAIR;
            case MIRROR:
                return role == Role.MIRROR;
            case PREVIOUS:
                return role == Role.RUN;
            case BUILDER:
                return role == Role.BUILDER;
            default:
                return role != Role.PAIR && appliesTo(role);
        }
    }
}
