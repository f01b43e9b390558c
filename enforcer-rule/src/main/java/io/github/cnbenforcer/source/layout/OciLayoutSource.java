package io.github.cnbenforcer.source.layout;

import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.ImageSource;
import io.github.cnbenforcer.reference.ImageRef;

/** Placeholder until the file sources land. */
public final class OciLayoutSource {
    private OciLayoutSource() {
    }

    public static ImageSource open(ImageRef ref) throws ImageReadException {
        throw new ImageReadException("not implemented yet: " + ref);
    }
}
