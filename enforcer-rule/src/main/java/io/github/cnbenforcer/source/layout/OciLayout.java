package io.github.cnbenforcer.source.layout;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.ImageContent;
import io.github.cnbenforcer.image.ImageIndex;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Json;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * An OCI image layout, read from a directory or an archive: the {@code oci-layout} marker, the
 * images {@code index.json} lists, and the blobs under {@code blobs/}.
 */
final class OciLayout {
    static final String MARKER = "oci-layout";
    static final String INDEX = "index.json";

    private final LayoutFiles files;
    private final List<Descriptor> entries;

    private OciLayout(LayoutFiles files, List<Descriptor> entries) {
        this.files = files;
        this.entries = entries;
    }

    /** Whether the files hold a layout at all: the marker and the index. */
    static boolean isPresentIn(LayoutFiles files) throws ImageReadException {
        return files.contains(MARKER) && files.contains(INDEX);
    }

    static OciLayout read(LayoutFiles files) throws ImageReadException {
        checkMarker(files);
        byte[] raw = files.read(INDEX, ImageContent.MAX_MANIFEST_BYTES)
                .orElseThrow(() -> new ImageReadException(files.location()
                        + " is not a complete OCI image layout: it has an " + MARKER + " file but no " + INDEX));
        return new OciLayout(
                files, ImageIndex.parse(raw, INDEX + " of " + files.location()).manifests());
    }

    private static void checkMarker(LayoutFiles files) throws ImageReadException {
        Optional<byte[]> marker = files.read(MARKER, ImageContent.MAX_MANIFEST_BYTES);
        if (marker.isEmpty()) {
            throw notALayout(files);
        }
        String version = Json.text(
                Json.parseObject(marker.get(), "the " + MARKER + " file of " + files.location()), "imageLayoutVersion");
        if (version != null && !version.startsWith("1.")) {
            throw new ImageReadException(files.location() + " is an OCI image layout of version " + version
                    + "; the rule reads version 1 layouts");
        }
    }

    private static ImageReadException notALayout(LayoutFiles files) throws ImageReadException {
        String hint = files.contains(DockerArchiveSource.MANIFEST)
                ? "; it looks like a 'docker save' archive: read it with docker-archive:PATH"
                : "";
        return new ImageReadException(
                files.location() + " is not an OCI image layout: it has no " + MARKER + " file" + hint);
    }

    /**
     * The images of {@code index.json}, by name.
     *
     * @param names the names an entry carries
     */
    ImageCatalog<Descriptor> catalog(
            String nameSyntax, Function<Descriptor, List<String>> names, BiPredicate<String, String> nameMatches) {
        ImageCatalog<Descriptor> catalog = new ImageCatalog<>(files.location(), nameSyntax, nameMatches);
        for (Descriptor entry : entries) {
            catalog.add(
                    entry.digest().toString(),
                    entry,
                    names.apply(entry),
                    "<unnamed " + entry.digest().abbreviated() + "…>");
        }
        return catalog;
    }

    LayoutBlobs blobs() {
        return new BlobStore(files, BlobStore.OCI_BLOBS);
    }
}
