package io.github.cnbenforcer.check;

import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.fs.KeptFiles;
import io.github.cnbenforcer.image.PlatformImage;

/** Gives each platform image its filesystem facts (read lazily, or not at all). */
@FunctionalInterface
public interface FactsProvider {
    ImageFacts factsOf(PlatformImage image);

    /** The facts of an image whose files {@code alsoKept} a check will read too (a package database). */
    default ImageFacts factsOf(PlatformImage image, KeptFiles alsoKept) {
        return factsOf(image);
    }
}
