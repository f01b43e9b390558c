package io.github.cnbenforcer.reference;

/** How an image reference is read: the prefixes of skopeo and the containers/image library. */
public enum Transport {
    /** {@code host[:port]/repo[:tag][@digest]} or {@code docker://…}. */
    REGISTRY("docker://"),
    /** {@code oci:PATH[:REF]}: an OCI image layout directory. */
    OCI_LAYOUT("oci:"),
    /** {@code oci-archive:PATH[:REF]}: an OCI image layout in a tar file. */
    OCI_ARCHIVE("oci-archive:"),
    /** {@code docker-archive:PATH[:REPO:TAG]}: a {@code docker save} tarball. */
    DOCKER_ARCHIVE("docker-archive:");

    private final String prefix;

    Transport(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
