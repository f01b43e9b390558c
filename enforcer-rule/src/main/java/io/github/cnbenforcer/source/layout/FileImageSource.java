package io.github.cnbenforcer.source.layout;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.source.ImageSource;
import java.io.IOException;
import java.io.InputStream;

/** An image in a layout or archive: the manifest or index its reference selected, and where its blobs are. */
final class FileImageSource implements ImageSource {
    private final String reference;
    private final LayoutFiles files;
    private final Descriptor root;
    private final LayoutBlobs blobs;

    FileImageSource(String reference, LayoutFiles files, Descriptor root, LayoutBlobs blobs) {
        this.reference = reference;
        this.files = files;
        this.root = root;
        this.blobs = blobs;
    }

    /** Selects an image among freshly opened files; closes them when that fails. */
    static ImageSource openIn(LayoutFiles files, Selection selection) throws ImageReadException {
        boolean selected = false;
        try {
            ImageSource source = selection.select();
            selected = true;
            return source;
        } finally {
            if (!selected) {
                closeQuietly(files);
            }
        }
    }

    /** Finds the image a reference names, as a source over the files. */
    @FunctionalInterface
    interface Selection {
        ImageSource select() throws ImageReadException;
    }

    /** {@code blob sha256:2c26b46b68ff (media type)}. */
    static String blobName(Descriptor descriptor) {
        String blob = "blob " + descriptor.digest().abbreviated();
        return descriptor.mediaType().isEmpty() ? blob : blob + " (" + descriptor.mediaType() + ")";
    }

    @Override
    public String reference() {
        return reference;
    }

    @Override
    public String location() {
        return files.location();
    }

    @Override
    public Descriptor root() {
        return root;
    }

    @Override
    public byte[] read(Descriptor descriptor, long maxBytes) throws ImageReadException {
        return blobs.read(descriptor, maxBytes);
    }

    @Override
    public InputStream open(Descriptor descriptor) throws ImageReadException {
        return blobs.open(descriptor);
    }

    @Override
    public String describe(Descriptor descriptor) {
        return "the " + blobName(descriptor) + " in " + files.location();
    }

    @Override
    public void close() throws IOException {
        files.close();
    }

    private static void closeQuietly(LayoutFiles files) {
        try {
            files.close();
        } catch (IOException e) {
            // The selection's failure is the one worth reporting.
        }
    }
}
