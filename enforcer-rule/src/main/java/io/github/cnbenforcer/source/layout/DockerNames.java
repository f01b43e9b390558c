package io.github.cnbenforcer.source.layout;

import io.github.cnbenforcer.reference.RegistryReference;

/** Image names compared as Docker compares them: {@code ubuntu:22.04} is {@code docker.io/library/ubuntu:22.04}. */
final class DockerNames {
    private DockerNames() {}

    static boolean sameImage(String wanted, String name) {
        return canonical(wanted).equals(canonical(name));
    }

    /** {@code registry/repository:tag}, with Docker Hub's defaults filled in; a name that does not parse stays as written. */
    static String canonical(String name) {
        RegistryReference reference;
        try {
            reference = RegistryReference.parse(name);
        } catch (IllegalArgumentException e) {
            return name;
        }
        boolean nameOnly = reference.tag().isEmpty() && reference.digest().isEmpty();
        return nameOnly ? reference + ":latest" : reference.toString();
    }
}
