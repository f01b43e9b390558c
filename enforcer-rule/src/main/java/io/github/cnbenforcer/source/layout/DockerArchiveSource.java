package io.github.cnbenforcer.source.layout;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.ImageContent;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.source.ImageSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker-archive:PATH[:REPO:TAG]}: a {@code docker save} tarball. Docker 25 and newer also
 * write an OCI layout into it, which is preferred when it has the image; otherwise the classic
 * {@code manifest.json} is read. REPO:TAG compares as Docker compares names.
 */
public final class DockerArchiveSource {
    static final String MANIFEST = "manifest.json";
    private static final String NAME_SYNTAX = "REPO:TAG";
    private static final String CONTAINERD_IMAGE_NAME = "io.containerd.image.name";

    private DockerArchiveSource() {}

    public static ImageSource open(ImageRef ref) throws ImageReadException {
        Path file = ref.path().orElseThrow().toAbsolutePath();
        LayoutFiles files = TarFiles.open(file, "docker archive " + file);
        return FileImageSource.openIn(files, () -> {
            if (OciLayout.isPresentIn(files)) {
                OciLayout layout = OciLayout.read(files);
                ImageCatalog<Descriptor> catalog =
                        layout.catalog(NAME_SYNTAX, DockerArchiveSource::imageName, DockerNames::sameImage);
                Optional<Descriptor> root = catalog.find(ref.name());
                if (root.isPresent()) {
                    return new FileImageSource(ref.text(), files, root.get(), layout.blobs());
                }
                if (!files.contains(MANIFEST)) {
                    throw catalog.whyNotFound(ref);
                }
            }
            SynthesizedManifest image =
                    SynthesizedManifest.of(savedImages(files).select(ref), files);
            return new FileImageSource(ref.text(), files, image.descriptor(), image);
        });
    }

    private static ImageCatalog<SavedImage> savedImages(LayoutFiles files) throws ImageReadException {
        byte[] manifest = files.read(MANIFEST, ImageContent.MAX_MANIFEST_BYTES)
                .orElseThrow(() -> new ImageReadException(
                        files.location() + " is not a 'docker save' archive: it has no " + MANIFEST));
        ImageCatalog<SavedImage> catalog = new ImageCatalog<>(files.location(), NAME_SYNTAX, DockerNames::sameImage);
        for (SavedImage image : SavedImage.parseAll(manifest, MANIFEST + " of " + files.location())) {
            catalog.add(image.config(), image, image.repoTags(), "<untagged, config " + image.config() + ">");
        }
        return catalog;
    }

    /** Docker names an image of its OCI layout with the full name; the OCI ref name only holds the tag. */
    private static List<String> imageName(Descriptor entry) {
        Optional<String> name = Optional.ofNullable(entry.annotations().get(CONTAINERD_IMAGE_NAME))
                .or(entry::refName);
        return name.map(List::of).orElse(List.of());
    }
}
