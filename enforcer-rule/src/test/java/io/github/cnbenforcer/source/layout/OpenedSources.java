package io.github.cnbenforcer.source.layout;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.ImageResolver;
import io.github.cnbenforcer.image.ImageSource;
import io.github.cnbenforcer.image.ResolvedImage;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.reference.InvalidReferenceException;
import io.github.cnbenforcer.source.ImageSources;
import io.github.cnbenforcer.source.SourceOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Opens references as the rule does (through {@link ImageSources}), and closes them after each test. */
final class OpenedSources implements AfterEachCallback {
    private final List<ImageSource> opened = new ArrayList<>();

    ImageSource open(String reference) throws ImageReadException {
        ImageSource source = new ImageSources(SourceOptions.defaults()).open(parse(reference));
        opened.add(source);
        return source;
    }

    ResolvedImage resolve(String reference) throws ImageReadException {
        return new ImageResolver().resolve(open(reference));
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
