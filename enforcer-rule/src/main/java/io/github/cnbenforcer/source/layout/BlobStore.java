package io.github.cnbenforcer.source.layout;

import io.github.cnbenforcer.image.ContentStore;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.VerifyingInputStream;
import java.io.InputStream;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The blobs of a layout or archive, found by digest among its files. Every read checks the stored
 * size against the descriptor first; documents are digest-verified when read, layers at the end of
 * their stream.
 */
final class BlobStore implements ContentStore {
    /** Where the blob of a digest lives among the files; empty when the layout has no place for it. */
    @FunctionalInterface
    interface BlobPaths {
        Optional<String> pathOf(Digest digest);
    }

    /** {@code blobs/<algorithm>/<hex>}, as the OCI image layout stores them. */
    static final BlobPaths OCI_BLOBS = digest -> Optional.of("blobs/" + digest.algorithm() + "/" + digest.hex());

    private final LayoutFiles files;
    private final BlobPaths paths;

    BlobStore(LayoutFiles files, BlobPaths paths) {
        this.files = files;
        this.paths = paths;
    }

    @Override
    public byte[] read(Descriptor descriptor, long maxBytes) throws ImageReadException {
        byte[] content = files.read(locate(descriptor), maxBytes).orElseThrow(() -> missing(descriptor));
        Digest actual = descriptor.digest().recompute(content);
        if (!actual.equals(descriptor.digest())) {
            throw new ImageReadException(mismatch(descriptor, "its content has the digest " + actual.abbreviated()));
        }
        return content;
    }

    @Override
    public InputStream open(Descriptor descriptor) throws ImageReadException {
        return new VerifyingInputStream(
                files.open(locate(descriptor)), descriptor, "the " + describe(descriptor) + " in " + files.location());
    }

    /** The path of a blob that is there and has the size its descriptor says. */
    private String locate(Descriptor descriptor) throws ImageReadException {
        String path = paths.pathOf(descriptor.digest()).orElseThrow(() -> missing(descriptor));
        OptionalLong size = files.size(path);
        if (size.isEmpty()) {
            throw missing(descriptor);
        }
        if (size.getAsLong() != descriptor.size()) {
            throw new ImageReadException(mismatch(
                    descriptor, "it is " + size.getAsLong() + " bytes, its descriptor says " + descriptor.size()));
        }
        return path;
    }

    private ImageReadException missing(Descriptor descriptor) {
        return new ImageReadException(files.location() + " has no " + describe(descriptor)
                + ": it is incomplete; copy the image into it again");
    }

    private String mismatch(Descriptor descriptor, String detail) {
        return "the " + describe(descriptor) + " in " + files.location() + " does not match its descriptor (" + detail
                + "): it is corrupt or was changed after it was written; copy the image again";
    }

    private static String describe(Descriptor descriptor) {
        String blob = "blob " + descriptor.digest().abbreviated();
        return descriptor.mediaType().isEmpty() ? blob : blob + " (" + descriptor.mediaType() + ")";
    }
}
