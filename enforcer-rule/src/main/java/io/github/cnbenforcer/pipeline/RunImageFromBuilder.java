package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.builder.BuilderMetadata;
import io.github.cnbenforcer.builder.BuilderMetadataException;
import io.github.cnbenforcer.builder.RunImageReference;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.ReferencedImage;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.reference.InvalidReferenceException;
import io.github.cnbenforcer.reference.Transport;
import io.github.cnbenforcer.text.Quote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run image of a stack that names a builder and no {@code runImage}: the builder's default run
 * image, from the label {@code io.buildpacks.builder.metadata} of its first platform checked, with its
 * mirrors unless the stack names {@code runImageMirrors} of its own. Only registry references are
 * taken from an image: a label never makes the rule read a local file.
 */
final class RunImageFromBuilder {
    private RunImageFromBuilder() {}

    /** The run image (and mirrors) the builder names, as a stack to read. */
    static Stack stackOf(Stack stack, ReferencedImage builder) throws ImageReadException {
        RunImageReference named = defaultRunImage(builder, stack.platforms());
        List<ImageRef> mirrors = new ArrayList<>();
        if (!stack.namesMirrors()) {
            for (String mirror : named.mirrors()) {
                mirrors.add(registryReference(builder, mirror));
            }
        }
        return stack.runImages(registryReference(builder, named.image()), mirrors);
    }

    private static RunImageReference defaultRunImage(ReferencedImage builder, List<Platform> platforms)
            throws ImageReadException {
        List<Platform> selected = builder.selectedBy(platforms);
        Platform platform = selected.isEmpty() ? builder.platforms().get(0) : selected.get(0);
        String what = "The builder image " + builder.reference() + " (" + platform + ")";
        try {
            return BuilderMetadata.fromLabels(builder.image(platform).config().labels())
                    .orElseThrow(() -> new ImageReadException(what + " has no label " + BuilderMetadata.LABEL
                            + ", so it names no run image: it is not a builder made by pack builder create; set"
                            + " <runImage>"))
                    .defaultRunImage()
                    .orElseThrow(() -> new ImageReadException(
                            what + " names no run image in its label " + BuilderMetadata.LABEL + ": set <runImage>"));
        } catch (BuilderMetadataException e) {
            throw new ImageReadException(what + " does not say which run image it uses: " + e.getMessage()
                    + "; set <runImage>, or create the builder again with pack builder create");
        }
    }

    private static ImageRef registryReference(ReferencedImage builder, String name) throws ImageReadException {
        String named = "The builder image " + builder.reference() + " names the run image " + Quote.of(name);
        ImageRef reference;
        try {
            reference = ImageRef.parse(name, Path.of(""));
        } catch (InvalidReferenceException e) {
            throw new ImageReadException(named + ", which is not an image reference: set <runImage>");
        }
        if (reference.transport() != Transport.REGISTRY) {
            throw new ImageReadException(
                    named + ", which is not a registry reference (the rule reads no local file an image names):"
                            + " set <runImage>");
        }
        return reference;
    }
}
