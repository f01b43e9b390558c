package io.github.cnbenforcer.check;

import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.image.PlatformImage;

/** Gives each platform image its filesystem facts (read lazily, or not at all). */
@FunctionalInterface
public interface FactsProvider {
    ImageFacts factsOf(PlatformImage image);
}
