package io.github.cnbenforcer.source;

import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.ImageSource;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.source.layout.DockerArchiveSource;
import io.github.cnbenforcer.source.layout.OciArchiveSource;
import io.github.cnbenforcer.source.layout.OciLayoutSource;
import io.github.cnbenforcer.source.registry.Registries;
import io.github.cnbenforcer.source.registry.RegistrySource;

/** Opens the source a reference's transport names. */
public final class ImageSources {
    private final Registries registries;

    public ImageSources(SourceOptions options) {
        this.registries = new Registries(options);
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
                return RegistrySource.open(ref, registries);
        }
    }
}
