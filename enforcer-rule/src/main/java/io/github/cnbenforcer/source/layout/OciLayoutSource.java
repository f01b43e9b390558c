package io.github.cnbenforcer.source.layout;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.reference.Transport;
import io.github.cnbenforcer.source.ImageSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code oci:PATH[:REF]}: an OCI image layout directory. REF is matched against the
 * {@code org.opencontainers.image.ref.name} annotations of {@code index.json}; without REF the
 * layout must hold a single image (or index).
 */
public final class OciLayoutSource {
    private OciLayoutSource() {}

    public static ImageSource open(ImageRef ref) throws ImageReadException {
        Path directory = ref.path().orElseThrow().toAbsolutePath();
        String location = "OCI layout " + directory;
        if (!Files.exists(directory)) {
            throw new ImageReadException("there is no " + location + ": the directory does not exist");
        }
        if (!Files.isDirectory(directory)) {
            throw new ImageReadException(
                    location + " is a file, not a directory: for a tar archive write " + Transport.OCI_ARCHIVE.prefix()
                            + ref.text().substring(Transport.OCI_LAYOUT.prefix().length()));
        }
        return open(ref, new DirectoryFiles(directory, location));
    }

    /** Opens the image {@code ref} selects in a layout, whether its files are a directory or an archive. */
    static ImageSource open(ImageRef ref, LayoutFiles files) throws ImageReadException {
        return FileImageSource.openIn(files, () -> {
            OciLayout layout = OciLayout.read(files);
            Descriptor root = layout.catalog("REF", OciLayoutSource::refName, String::equals)
                    .select(ref);
            return new FileImageSource(ref.text(), files, root, layout.blobs());
        });
    }

    private static List<String> refName(Descriptor entry) {
        return entry.refName().map(List::of).orElse(List.of());
    }
}
