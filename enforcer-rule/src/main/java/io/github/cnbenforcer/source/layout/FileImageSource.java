package io.github.cnbenforcer.source.layout;

import io.github.cnbenforcer.image.ContentStore;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.ImageSource;
import java.io.IOException;

/** An image in a layout or archive: the manifest or index its reference selected, and where its blobs are. */
final class FileImageSource implements ImageSource {
    private final String reference;
    private final LayoutFiles files;
    private final Descriptor root;
    private final ContentStore content;

    FileImageSource(String reference, LayoutFiles files, Descriptor root, ContentStore content) {
        this.reference = reference;
        this.files = files;
        this.root = root;
        this.content = content;
    }

    /** Selects an image among freshly opened files; closes them when that fails. */
    static ImageSource openIn(LayoutFiles files, Selection selection) throws ImageReadException {
        try {
            return selection.select();
        } catch (ImageReadException e) {
            closeQuietly(files);
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(files);
            throw new ImageReadException(files.location() + " cannot be read: " + e, e);
        }
    }

    /** Finds the image a reference names, as a source over the files. */
    @FunctionalInterface
    interface Selection {
        ImageSource select() throws ImageReadException;
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
    public ContentStore content() {
        return content;
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
