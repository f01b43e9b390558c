package io.github.cnbenforcer.rebase;

import io.github.cnbenforcer.text.Quote;
import java.util.Objects;

/** An OS distribution name and version, either possibly empty, as the lifecycle's {@code files.OSDistro}. */
final class Distro {
    private final String name;
    private final String version;

    Distro(String name, String version) {
        this.name = name == null ? "" : name;
        this.version = version == null ? "" : version;
    }

    String name() {
        return name;
    }

    String version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Distro
                && name.equals(((Distro) other).name)
                && version.equals(((Distro) other).version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, version);
    }

    /** {@code 'ubuntu' '22.04'}, each value quoted. */
    @Override
    public String toString() {
        return Quote.of(name) + " " + Quote.of(version);
    }
}
