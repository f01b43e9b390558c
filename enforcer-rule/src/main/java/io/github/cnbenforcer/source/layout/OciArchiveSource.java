package io.github.cnbenforcer.source.layout;

import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.reference.Transport;
import io.github.cnbenforcer.source.ImageSource;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code oci-archive:PATH[:REF]}: an OCI image layout packed in a tar file, read in place. */
public final class OciArchiveSource {
    private OciArchiveSource() {}

    public static ImageSource open(ImageRef ref) throws ImageReadException {
        Path file = ref.path().orElseThrow().toAbsolutePath();
        String location = "OCI archive " + file;
        if (Files.isDirectory(file)) {
            throw new ImageReadException(location + " is a directory, not a tar file: for a layout directory write "
                    + Transport.OCI_LAYOUT.prefix()
                    + ref.text().substring(Transport.OCI_ARCHIVE.prefix().length()));
        }
        return OciLayoutSource.open(ref, TarFiles.open(file, location));
    }
}
