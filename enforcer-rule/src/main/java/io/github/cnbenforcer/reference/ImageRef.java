package io.github.cnbenforcer.reference;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed image reference, in one of the forms of {@link Transport}. File paths are resolved
 * against the project's base directory.
 */
public final class ImageRef {
    private static final List<String> UNSUPPORTED_TRANSPORTS =
            List.of("containers-storage:", "docker-daemon:", "dir:", "oci-layout:", "ostree:", "sif:", "tarball:");

    private final String text;
    private final Transport transport;
    private final RegistryReference registryReference;
    private final Path path;
    private final String name;

    private ImageRef(String text, Transport transport, RegistryReference registryReference, Path path, String name) {
        this.text = text;
        this.transport = transport;
        this.registryReference = registryReference;
        this.path = path;
        this.name = name;
    }

    /**
     * Parses a reference as the user wrote it.
     *
     * @param baseDir the directory relative paths resolve against
     */
    public static ImageRef parse(String text, Path baseDir) throws InvalidReferenceException {
        if (text == null || text.isBlank()) {
            throw new InvalidReferenceException("the image reference is empty: write a registry reference such as"
                    + " registry.example.com/stacks/build:jammy, or oci:PATH, oci-archive:PATH, docker-archive:PATH");
        }
        String trimmed = text.trim();
        for (Transport transport : List.of(Transport.OCI_ARCHIVE, Transport.OCI_LAYOUT, Transport.DOCKER_ARCHIVE)) {
            if (trimmed.startsWith(transport.prefix())) {
                return parseFileReference(trimmed, transport, baseDir);
            }
        }
        for (String unsupported : UNSUPPORTED_TRANSPORTS) {
            if (trimmed.startsWith(unsupported)) {
                throw new InvalidReferenceException("'" + trimmed + "' uses the transport '" + unsupported
                        + "', which the rule does not read: use a registry reference, oci:PATH, oci-archive:PATH"
                        + " or docker-archive:PATH (skopeo copy converts between them)");
            }
        }
        String registryText = trimmed.startsWith(Transport.REGISTRY.prefix())
                ? trimmed.substring(Transport.REGISTRY.prefix().length())
                : trimmed;
        try {
            return new ImageRef(trimmed, Transport.REGISTRY, RegistryReference.parse(registryText), null, null);
        } catch (IllegalArgumentException e) {
            throw new InvalidReferenceException("'" + trimmed + "' is not an image reference (" + e.getMessage()
                    + "): write"
                    + " host[:port]/repository[:tag][@sha256:digest] (for example ghcr.io/acme/stack-run:jammy),"
                    + " oci:PATH[:REF], oci-archive:PATH[:REF] or docker-archive:PATH[:REPO:TAG]");
        }
    }

    private static ImageRef parseFileReference(String text, Transport transport, Path baseDir)
            throws InvalidReferenceException {
        String rest = text.substring(transport.prefix().length());
        int colon = rest.indexOf(':');
        String pathText = colon < 0 ? rest : rest.substring(0, colon);
        String name = colon < 0 ? null : rest.substring(colon + 1);
        if (pathText.isBlank()) {
            throw new InvalidReferenceException("'" + text + "' has no path: write " + transport.prefix()
                    + "PATH" + (transport == Transport.DOCKER_ARCHIVE ? "[:REPO:TAG]" : "[:REF]")
                    + ", for example " + transport.prefix() + "target/images/run");
        }
        if (name != null && name.isBlank()) {
            throw new InvalidReferenceException("'" + text + "' ends with ':' but names no image after it: drop the ':'"
                    + " or write the image's " + (transport == Transport.DOCKER_ARCHIVE ? "REPO:TAG" : "ref name"));
        }
        Path path;
        try {
            path = baseDir.resolve(pathText).normalize();
        } catch (InvalidPathException e) {
            throw new InvalidReferenceException("'" + text + "' does not name a usable path: " + e.getMessage());
        }
        return new ImageRef(text, transport, null, path, name);
    }

    /** The reference as the user wrote it (trimmed). */
    public String text() {
        return text;
    }

    public Transport transport() {
        return transport;
    }

    /** The registry reference, for {@link Transport#REGISTRY}. */
    public Optional<RegistryReference> registryReference() {
        return Optional.ofNullable(registryReference);
    }

    /** The file or directory, for the file transports. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** The ref name ({@code oci:}, {@code oci-archive:}) or {@code REPO:TAG} ({@code docker-archive:}). */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImageRef && ((ImageRef) other).text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
