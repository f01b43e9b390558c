package io.github.cnbenforcer.source.layout;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageReadException;
import java.io.InputStream;
import java.util.Optional;

/** The blobs of a layout or archive, found by digest among its files. */
final class BlobStore implements LayoutBlobs {
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
        return files.read(pathOf(descriptor), maxBytes).orElseThrow(() -> missing(descriptor));
    }

    @Override
    public InputStream open(Descriptor descriptor) throws ImageReadException {
        String path = pathOf(descriptor);
        if (!files.contains(path)) {
            throw missing(descriptor);
        }
        return files.open(path);
    }

    /** Where the blob would be; {@link LayoutFiles#read} and {@link LayoutFiles#contains} say whether it is. */
    private String pathOf(Descriptor descriptor) throws ImageReadException {
        return paths.pathOf(descriptor.digest()).orElseThrow(() -> missing(descriptor));
    }

    private ImageReadException missing(Descriptor descriptor) {
        return new ImageReadException(files.location() + " has no " + FileImageSource.blobName(descriptor)
                + ": it is incomplete; copy the image into it again");
    }
}
