package io.github.cnbenforcer.fs;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.tar.TarReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
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
        return "layer " + (count() - fromTop) + " of " + count() + " ("
                + descriptor(fromTop).digest().abbreviated() + ")";
    }

    String reference() {
        return image.reference();
    }

    private void warnIfMislabelled(int fromTop, LayerCompression actual) {
        String mediaType = descriptor(fromTop).mediaType();
        Optional<LayerCompression> claimed = LayerCompression.claimedBy(mediaType);
        if (claimed.isPresent() && claimed.get() != actual && mislabelled.add(fromTop)) {
            warnings.accept(describe(fromTop) + " of " + reference() + " is labelled " + mediaType + " but is "
                    + actual.description() + ": it is read as " + actual.description()
                    + ", as containerd reads it; tools that trust the media type may refuse it, so push it"
                    + " again with the media type that matches its content");
        }
    }

    private Descriptor descriptor(int fromTop) {
        return bottomFirst.get(count() - 1 - fromTop);
    }
}
