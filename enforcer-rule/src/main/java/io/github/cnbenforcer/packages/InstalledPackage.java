package io.github.cnbenforcer.packages;

import java.util.List;
import java.util.Objects;

/**
 * One installed package as its database records it. Every value is printable ASCII (the parsers
 * reject anything else), so it can be shown in a message as it is.
 */
public final class InstalledPackage {
    /** What dpkg ({@code all}) and apk and rpm ({@code noarch}) write for an architecture-independent package. */
    private static final List<String> ANY_ARCHITECTURE = List.of("all", "noarch");

    private final String name;
    private final String version;
    private final String architecture;
    private final String source;
    private final List<String> provides;

    /**
     * @param source the source package (dpkg {@code Source}, apk {@code o:} origin), or the name when
     *     the database gives none
     * @param provides the names this package provides (dpkg {@code Provides}, apk {@code p:} such as
     *     {@code so:libssl.so.3}), versions removed
     */
    InstalledPackage(String name, String version, String architecture, String source, List<String> provides) {
        this.name = Objects.requireNonNull(name);
        this.version = Objects.requireNonNull(version);
        this.architecture = Objects.requireNonNull(architecture);
        this.source = Objects.requireNonNull(source);
        this.provides = List.copyOf(provides);
    }

    public String name() {
        return name;
    }

    /** The version as written ({@code 1:2.38.1-5+deb12u3}, {@code 3.1.4-r5}); empty when not recorded. */
    public String version() {
        return version;
    }

    /** {@code amd64}, {@code x86_64}, {@code all}…; empty when not recorded. */
    public String architecture() {
        return architecture;
    }

    public String source() {
        return source;
    }

    public List<String> provides() {
        return provides;
    }

    /** Whether the package serves every architecture ({@code all}, {@code noarch}). */
    boolean isArchitectureIndependent() {
        return ANY_ARCHITECTURE.contains(architecture);
    }

    /**
     * Whether this package stands for a package of {@code wanted} architecture: the same one, or
     * either of them architecture-independent or unrecorded.
     */
    boolean servesArchitecture(String wanted) {
        return architecture.equals(wanted)
                || architecture.isEmpty()
                || wanted.isEmpty()
                || isArchitectureIndependent()
                || ANY_ARCHITECTURE.contains(wanted);
    }

    /** {@code name:architecture}, as dpkg names a package of several architectures. */
    public String qualifiedName() {
        return architecture.isEmpty() ? name : name + ":" + architecture;
    }

    @Override
    public String toString() {
        return qualifiedName() + " " + version;
    }
}
