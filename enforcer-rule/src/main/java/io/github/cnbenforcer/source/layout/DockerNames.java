package io.github.cnbenforcer.source.layout;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import java.util.Set;

/** Image names compared as Docker compares them: {@code ubuntu:22.04} is {@code docker.io/library/ubuntu:22.04}. */
final class DockerNames {
    private static final String DOCKER_HUB = "docker.io";
    private static final Set<String> DOCKER_HUB_ALIASES = Set.of(DOCKER_HUB, "index.docker.io", "registry-1.docker.io");

    private DockerNames() {}

    static boolean sameImage(String wanted, String name) {
        return canonical(wanted).equals(canonical(name));
    }

    /** {@code registry/repository:tag}, with Docker Hub's defaults filled in; a name that does not parse stays as written. */
    static String canonical(String name) {
        ImageReference reference;
        try {
            reference = ImageReference.parse(name);
        } catch (InvalidImageReferenceException | RuntimeException e) {
            return name;
        }
        String registry = reference.getRegistry();
        String repository = reference.getRepository();
        if (DOCKER_HUB_ALIASES.contains(registry)) {
            registry = DOCKER_HUB;
            repository = repository.contains("/") ? repository : "library/" + repository;
        }
        return registry + "/" + repository
                + reference.getTag().map(tag -> ":" + tag).orElse("")
                + reference.getDigest().map(digest -> "@" + digest).orElse("");
    }
}
