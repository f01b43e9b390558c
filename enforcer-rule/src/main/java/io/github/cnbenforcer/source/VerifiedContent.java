package io.github.cnbenforcer.source;

import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageContent;
import io.github.cnbenforcer.image.ImageReadException;
import java.io.InputStream;

/**
 * The content of any source, checked against its descriptors (after go-containerregistry's
 * {@code partial}: sources implement a small core, shared code does the rest). A document is read
 * whole and must have its descriptor's length and digest; a layer streams through a
 * {@link VerifyingInputStream}. A source never verifies anything itself.
 *
 * <p>Documents go through a cache: what it holds is not read from the source again, and what the
 * source sends is kept there once verified. Whatever the cache answers is checked against the
 * descriptor again.
 */
public final class VerifiedContent implements ImageContent {
    private final ImageSource source;
    private final ImageCache cache;

    /** The content of {@code source}, with no cache in front of it. */
    public VerifiedContent(ImageSource source) {
        this(source, ImageCache.NONE);
    }

    public VerifiedContent(ImageSource source, ImageCache cache) {
        this.source = source;
        this.cache = cache;
    }

    @Override
    public byte[] read(Descriptor descriptor, long maxBytes) throws ImageReadException {
        return verified(
                descriptor,
                maxBytes,
                cache.blob(
                        descriptor.digest(), () -> verified(descriptor, maxBytes, source.read(descriptor, maxBytes))));
    }

    private byte[] verified(Descriptor descriptor, long maxBytes, byte[] content) throws ImageReadException {
        if (content.length > maxBytes) {
            throw new ImageReadException(source.describe(descriptor) + " is more than the " + maxBytes
                    + " bytes the rule reads of such a document");
        }
        if (content.length != descriptor.size()) {
            throw new ImageReadException(source.mismatch(ContentMismatch.ofSize(descriptor, content.length)));
        }
        Digest actual = descriptor.digest().recompute(content);
        if (!actual.equals(descriptor.digest())) {
            throw new ImageReadException(source.mismatch(ContentMismatch.ofDigest(descriptor, actual)));
        }
        return content;
    }

    @Override
    public InputStream open(Descriptor descriptor) throws ImageReadException {
        return new VerifyingInputStream(source.open(descriptor), descriptor, source.describe(descriptor));
    }
}
