package io.github.cnbenforcer.check;

/** The images a check looks at. */
public enum Scope {
    /** The build image alone. */
    BUILD,
    /** The run image alone. */
    RUN,
    /** The build image and the run image, each on its own. */
    EACH,
    /** The build and run images together. */
    PAIR,
    /** The run image and each of its mirrors. */
    MIRROR;

    public boolean appliesTo(Role role) {
        return this == EACH || (this == BUILD && role == Role.BUILD) || (this == RUN && role == Role.RUN);
    }
}
