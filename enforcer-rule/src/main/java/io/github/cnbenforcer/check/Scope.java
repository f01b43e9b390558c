package io.github.cnbenforcer.check;

/** The images a check looks at. */
public enum Scope {
    /** The build image alone. */
    BUILD,
    /** The run image alone, and each mirror on its own. */
    RUN,
    /** Every image on its own: build, run and each mirror. */
    EACH,
    /** The build and run images together. */
    PAIR,
    /** The run image and each of its mirrors together. */
    MIRROR;

    /** Whether an image check of this scope applies to an image of {@code role} on its own. */
    public boolean appliesTo(Role role) {
        switch (this) {
            case EACH:
                return true;
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
            default:
                return role != Role.PAIR && appliesTo(role);
        }
    }
}
