package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.check.FactsProvider;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.fs.KeptFiles;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.image.ReferencedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The platform images of one evaluation as the checks see them, each made once, in the order of the
 * report. Images of one manifest share their filesystem facts, so that their layers are read once.
 */
final class ImagesUnderCheck {
    /** For an image that is compared with no build image. */
    static final Function<Platform, Optional<ImageUnderCheck>> NO_PAIRED_BUILD = platform -> Optional.empty();

    private final FactsProvider factsProvider;
    private final Map<Digest, ImageFacts> factsByManifest = new HashMap<>();
    private final List<ImageUnderCheck> all = new ArrayList<>();

    ImagesUnderCheck(FactsProvider factsProvider) {
        this.factsProvider = factsProvider;
    }

    /**
     * Adds the given platforms of one image.
     *
     * @param pairedBuild the build image a platform of this image is compared with, if any
     * @param keptFiles the files a comparison reads besides the usual facts
     * @return the images added, by platform
     */
    Map<Platform, ImageUnderCheck> add(
            Role role,
            ReferencedImage image,
            List<Platform> platforms,
            Function<Platform, Optional<ImageUnderCheck>> pairedBuild,
            KeptFiles keptFiles)
            throws ImageReadException {
        Map<Platform, ImageUnderCheck> added = new LinkedHashMap<>();
        for (Platform platform : platforms) {
            PlatformImage platformImage = image.image(platform);
            ImageFacts facts = factsByManifest.computeIfAbsent(
                    platformImage.manifestDigest(), digest -> factsProvider.factsOf(platformImage, keptFiles));
            added.put(
                    platform,
                    new ImageUnderCheck(
                            role,
                            platformImage,
                            facts,
                            pairedBuild.apply(platform).orElse(null)));
        }
        all.addAll(added.values());
        return added;
    }

    /** Every image added, in the order added. */
    List<ImageUnderCheck> all() {
        return List.copyOf(all);
    }
}
