package io.github.cnbenforcer.fs;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.PlatformImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The layers of one image, top first, opened as metered, decompressed tar streams. */
final class ImageLayers {
    private final PlatformImage image;
    private final List<Descriptor> bottomFirst;
    private final ReadBudget budget;

    ImageLayers(PlatformImage image, ReadBudget budget) {
        this.image = image;
        this.bottomFirst = image.layers();
        this.budget = budget;
    }

    int count() {
        return bottomFirst.size();
    }

    /** Opens a layer; {@code fromTop} is 0 for the top layer. The caller closes the reader. */
    TarReader open(int fromTop) throws ImageReadException, IOException {
        Descriptor layer = descriptor(fromTop);
        InputStream stored = image.openLayer(layer);
        try {
            InputStream tar = LayerCompression.decompress(layer.mediaType(), budget.meterCompressed(stored));
            return new TarReader(budget.meterDecompressed(tar));
        } catch (IOException | RuntimeException e) {
            stored.close();
            throw e;
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

    private Descriptor descriptor(int fromTop) {
        return bottomFirst.get(count() - 1 - fromTop);
    }
}
