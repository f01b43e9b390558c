package io.github.cnbenforcer.source;

import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.ImageSource;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.source.layout.DockerArchiveSource;
import io.github.cnbenforcer.source.layout.OciArchiveSource;
import io.github.cnbenforcer.source.layout.OciLayoutSource;

/** Opens the source a reference's transport names. */
public final class ImageSources {
    private final SourceOptions options;

    public ImageSources(SourceOptions options) {
        this.options = options;
    }

    public ImageSource open(ImageRef ref) throws ImageReadException {
        switch (ref.transport()) {
            case OCI_LAYOUT:
                return OciLayoutSource.open(ref);
            case OCI_ARCHIVE:
                return OciArchiveSource.open(ref);
            case DOCKER_ARCHIVE:
                return DockerArchiveSource.open(ref);
            case REGISTRY:
            default:
                throw new ImageReadException("registry references are not supported yet (" + ref
                        + "): copy the image to an OCI layout with 'skopeo copy --all docker://" + ref.text()
                        + " oci:DIR' and use oci:DIR");
        }
    }

    public SourceOptions options() {
        return options;
    }
}
