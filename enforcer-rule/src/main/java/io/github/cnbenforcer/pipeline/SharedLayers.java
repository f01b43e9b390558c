package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.PlatformImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Layers that several images of a run share (a layer of two platforms, a base of build and run
 * image), read once: the first image that opens one reads it whole, verified, and every image then
 * reads it from memory. A layer larger than {@value #MAX_KEPT_MIB} MiB is streamed for each image
 * instead, because the checks usually need only its beginning: reading it whole once would cost more
 * than reading that beginning again. The layers kept in memory take {@value #MAX_TOTAL_MIB} MiB at
 * most; beyond, layers are streamed.
 */
final class SharedLayers {
    static final int MAX_KEPT_MIB = 8;
    static final int MAX_TOTAL_MIB = 64;
    private static final long MAX_KEPT_BYTES = MAX_KEPT_MIB * 1024L * 1024L;
    private static final long MAX_TOTAL_BYTES = MAX_TOTAL_MIB * 1024L * 1024L;

    private final Map<Digest, Integer> imagesUsing = new HashMap<>();
    private final Map<Digest, byte[]> kept = new HashMap<>();
    private long keptBytes;

    /** Counts the layers of an image the run checks; images are counted before their layers are read. */
    synchronized void count(PlatformImage image) {
        image.layers().stream()
                .map(Descriptor::digest)
                .distinct()
                .forEach(layer -> imagesUsing.merge(layer, 1, Integer::sum));
    }

    /** The image, its shared layers read from memory. */
    PlatformImage view(PlatformImage image) {
        return image.withLayers(layer -> open(image, layer));
    }

    private synchronized InputStream open(PlatformImage image, Descriptor layer) throws ImageReadException {
        byte[] content = kept.get(layer.digest());
        if (content != null) {
            return new ByteArrayInputStream(content);
        }
        if (imagesUsing.getOrDefault(layer.digest(), 0) < 2
                || layer.size() > MAX_KEPT_BYTES
                || keptBytes + layer.size() > MAX_TOTAL_BYTES) {
            return image.openLayer(layer);
        }
        try (InputStream stream = image.openLayer(layer)) {
            content = stream.readAllBytes();
        } catch (IOException e) {
            // Corrupt or cut short: the image that reads it streams it and reports what is wrong.
            return image.openLayer(layer);
        }
        kept.put(layer.digest(), content);
        keptBytes += content.length;
        return new ByteArrayInputStream(content);
    }
}
