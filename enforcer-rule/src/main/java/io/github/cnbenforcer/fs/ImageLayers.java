package io.github.cnbenforcer.fs;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.tar.TarReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The layers of one image, top first, opened as metered tar streams, decompressed as their first
 * bytes say; a media type that claims another compression is a warning, once per layer.
 */
final class ImageLayers {
    private final PlatformImage image;
    private final List<Descriptor> bottomFirst;
    private final ReadBudget budget;
    private final Consumer<String> warnings;
    private final Set<Integer> mislabelled = new HashSet<>();
    private final Map<Digest, LayerCompression> compressions = new LinkedHashMap<>();

    ImageLayers(PlatformImage image, ReadBudget budget, Consumer<String> warnings) {
        this.image = image;
        this.bottomFirst = image.layers();
        this.budget = budget;
        this.warnings = warnings;
    }

    int count() {
        return bottomFirst.size();
    }

    /** Opens a layer; {@code fromTop} is 0 for the top layer. The caller closes the reader. */
    TarReader open(int fromTop) throws ImageReadException, IOException {
        Descriptor layer = descriptor(fromTop);
        InputStream stored = image.openLayer(layer);
        boolean opened = false;
        try {
            BufferedInputStream buffered = LayerCompression.buffered(budget.meterCompressed(stored));
            LayerCompression compression = LayerCompression.detect(buffered);
            compressions.put(layer.digest(), compression);
            warnIfMislabelled(fromTop, compression);
            TarReader reader = new TarReader(budget.meterDecompressed(compression.decompress(buffered)));
            opened = true;
            return reader;
        } finally {
            if (!opened) {
                stored.close();
            }
        }
    }

    /** Names a layer for messages as the manifest counts them: {@code layer 2 of 3 (sha256:…)}. */
    String describe(int fromTop) {
        return describe(count() - fromTop, count(), descriptor(fromTop).digest());
    }

    private static String describe(int number, int count, Digest digest) {
        return "layer " + number + " of " + count + " (" + digest.abbreviated() + ")";
    }

    String reference() {
        return image.reference();
    }

    /** How each layer opened so far is compressed, by its digest. */
    Map<Digest, LayerCompression> compressions() {
        return Map.copyOf(compressions);
    }

    private void warnIfMislabelled(int fromTop, LayerCompression actual) {
        if (mislabelled.add(fromTop)) {
            mislabelledWarning(image, count() - 1 - fromTop, actual).ifPresent(warnings);
        }
    }

    /**
     * The warning for a layer whose media type claims another compression than it has, if it does.
     *
     * @param index the layer's index in the manifest, 0 for the bottom layer
     */
    static Optional<String> mislabelledWarning(PlatformImage image, int index, LayerCompression actual) {
        Descriptor layer = image.layers().get(index);
        Optional<LayerCompression> claimed = LayerCompression.claimedBy(layer.mediaType());
        if (claimed.isEmpty() || claimed.get() == actual) {
            return Optional.empty();
        }
        return Optional.of(describe(index + 1, image.layers().size(), layer.digest()) + " of " + image.reference()
                + " is labelled " + layer.mediaType() + " but is " + actual.description() + ": it is read as "
                + actual.description() + ", as containerd reads it; tools that trust the media type may refuse"
                + " it, so push it again with the media type that matches its content");
    }

    private Descriptor descriptor(int fromTop) {
        return bottomFirst.get(count() - 1 - fromTop);
    }
}
