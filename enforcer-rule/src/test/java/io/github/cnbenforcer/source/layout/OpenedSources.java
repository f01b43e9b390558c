package io.github.cnbenforcer.source.layout;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.ReferencedImage;
import io.github.cnbenforcer.pipeline.ImageSources;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.reference.InvalidReferenceException;
import io.github.cnbenforcer.source.ImageSource;
import io.github.cnbenforcer.source.registry.RegistryOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Resolves references as the rule does (through {@link ImageSources}), and closes them after each test. */
final class OpenedSources implements AfterEachCallback {
    private final ImageSources sources = new ImageSources(RegistryOptions.defaults(), ImageCache.NONE);
    private final List<ImageSource> opened = new ArrayList<>();

    /** The source of a file reference, unresolved: what a source hands out before verification. */
    ImageSource open(String reference) throws ImageReadException {
        ImageRef ref = parse(reference);
        ImageSource source;
        switch (ref.transport()) {
            case OCI_ARCHIVE:
                source = OciArchiveSource.open(ref);
                break;
            case DOCKER_ARCHIVE:
                source = DockerArchiveSource.open(ref);
                break;
            default:
                source = OciLayoutSource.open(ref);
        }
        opened.add(source);
        return source;
    }

    ReferencedImage resolve(String reference) throws ImageReadException {
        return sources.resolve(parse(reference));
    }

    /** The message with which opening and resolving {@code reference} fails. */
    String failure(String reference) {
        return assertThrows(ImageReadException.class, () -> resolve(reference)).getMessage();
    }

    private static ImageRef parse(String reference) {
        try {
            return ImageRef.parse(reference, Path.of("").toAbsolutePath());
        } catch (InvalidReferenceException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        sources.close();
        for (ImageSource source : opened) {
            try {
                source.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        opened.clear();
    }
}
