package io.github.cnbenforcer.packages;

/** The package managers whose databases the rule reads. */
public enum PackageManager {
    /** Debian and Ubuntu, distroless included. */
    DPKG("dpkg", true),
    /** Alpine. */
    APK("apk", false);

    private final String displayName;
    private final boolean multiArch;

    PackageManager(String displayName, boolean multiArch) {
        this.displayName = displayName;
        this.multiArch = multiArch;
    }

    /**
     * Whether a package name may be installed once per architecture ({@code libc6:amd64} beside
     * {@code libc6:i386}), so that a package is identified by its name and architecture.
     */
    boolean isMultiArch() {
        return multiArch;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
