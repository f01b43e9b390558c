package io.github.cnbenforcer.check;

import java.util.Locale;

/**
 * What an image is to the stack, and so which checks it gets: the build image, the run image, a run
 * image mirror (checked as a run image, and compared with it), build and run image as a pair, a
 * builder (checked as a build image, and compared with the build image and the run image it names),
 * or the previous run image (only compared with the run image that replaces it). Findings, the log
 * and the report name their image by its role.
 */
public enum Role {
    BUILD("build image"),
    RUN("run image"),
    MIRROR("run image mirror"),
    PAIR("build and run image pair"),
    BUILDER("builder image"),
    PREVIOUS("previous run image");

    private final String description;

    Role(String description) {
        this.description = description;
    }

    /**
     * The lower-case name used in logs and the report: {@code build}, {@code run}, {@code mirror},
     * {@code pair}, {@code builder}, {@code previous}.
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** For sentences: "the run image mirror ghcr.io/…". */
    public String description() {
        return description;
    }

    /**
     * The role whose checks an image of this role gets: a mirror is checked as a run image, a builder
     * as a build image; the previous run image gets none of its own.
     */
    public Role checkedAs() {
        switch (this) {
            case MIRROR:
                return RUN;
            case BUILDER:
                return BUILD;
            default:
                return this;
        }
    }
}
