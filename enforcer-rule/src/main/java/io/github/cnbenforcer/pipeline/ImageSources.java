package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.ReferencedImage;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.reference.Transport;
import io.github.cnbenforcer.source.ImageResolver;
import io.github.cnbenforcer.source.ImageSource;
import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.source.layout.DockerArchiveSource;
import io.github.cnbenforcer.source.layout.OciArchiveSource;
import io.github.cnbenforcer.source.layout.OciLayoutSource;
import io.github.cnbenforcer.source.registry.RegistryClientPool;
import io.github.cnbenforcer.source.registry.RegistryOptions;
import io.github.cnbenforcer.source.registry.RegistrySource;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sources of one run: opens the source a reference's transport names (the table below: one line
 * per source), resolves it through the shared code that verifies every source alike
 * ({@link ImageResolver}), and closes every source it opened. Registries are read through the
 * session's cache; files (layouts and archives) are read directly, as they are their own store.
 * Safe for use by several threads.
 */
public final class ImageSources implements Closeable {
    private final RegistryClientPool registries;
    private final ImageCache cache;
    private final SourceLog log;
    private final List<ImageSource> opened = new ArrayList<>();

    /** @param cache the session's cache ({@link ImageCache#NONE} for none) */
    public ImageSources(RegistryOptions options, ImageCache cache) {
        this(new RegistryClientPool(options, cache), cache, options.log());
    }

    /** @param registries the registry clients of the run (tests pass one whose waits are recorded) */
    public ImageSources(RegistryClientPool registries, ImageCache cache, SourceLog log) {
        this.registries = registries;
        this.cache = cache;
        this.log = log;
    }

    /** The image a reference names, every document and layer of it verified when read. */
    public ReferencedImage resolve(ImageRef ref) throws ImageReadException {
        ImageSource source = open(ref);
        synchronized (opened) {
            opened.add(source);
        }
        return ImageResolver.resolve(source, ref.transport() == Transport.REGISTRY ? cache : ImageCache.NONE);
    }

    private ImageSource open(ImageRef ref) throws ImageReadException {
        switch (ref.transport()) {
            case OCI_LAYOUT:
                return OciLayoutSource.open(ref);
            case OCI_ARCHIVE:
                return OciArchiveSource.open(ref);
            case DOCKER_ARCHIVE:
                return DockerArchiveSource.open(ref);
            case REGISTRY:
            default:
                return RegistrySource.open(ref, registries, cache);
        }
    }

    /** Closes every source opened; a source that fails to close is only logged. */
    @Override
    public void close() {
        synchronized (opened) {
            for (ImageSource source : opened) {
                try {
                    source.close();
                } catch (IOException e) {
                    log.debug("closing " + source.reference() + ": " + e.getMessage());
                }
            }
            opened.clear();
        }
    }
}
