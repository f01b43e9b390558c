package io.github.cnbenforcer.check.builder;

import io.github.cnbenforcer.builder.BuilderMetadata;
import io.github.cnbenforcer.builder.BuilderMetadataException;
import io.github.cnbenforcer.builder.ReferenceMatch;
import io.github.cnbenforcer.builder.RunImageReference;
import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.BuilderCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.reference.RegistryReference;
import io.github.cnbenforcer.text.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code builder-run-image}: the builder's metadata ({@code io.buildpacks.builder.metadata}) names the
 * run image checked, as one of its run images or their mirrors (the first is the default that {@code
 * pack build} uses), compared as {@link ReferenceMatch} compares references. A local run image is
 * compared by its name (an OCI layout's ref name, a docker archive's {@code REPO:TAG}) where that
 * names a registry: the reference it will be published under.
 */
public final class BuilderRunImage extends AbstractCheck implements BuilderCheck {
    public static final String ID = "builder-run-image";

    public BuilderRunImage() {
        super(
                ID,
                Level.MUST,
                Scope.BUILDER,
                "If <run-image> is not provided by the platform the lifecycle MUST resolve the run image from the"
                        + " contents of run (the builder's run images and their mirrors): the builder names the run"
                        + " image of the stack.");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck builder, ImageRef runImage) {
        List<RunImageReference> named;
        try {
            Optional<BuilderMetadata> metadata =
                    BuilderMetadata.fromLabels(builder.config().labels());
            if (metadata.isEmpty()) {
                return Verdict.violated("label " + BuilderMetadata.LABEL + " is not set: the image is not a builder"
                        + " made by pack builder create, and names no run image");
            }
            named = metadata.get().runImages();
        } catch (BuilderMetadataException e) {
            return Verdict.violated(e.getMessage() + ": pack cannot tell which run image the builder names");
        }
        if (named.isEmpty()) {
            return Verdict.violated("label " + BuilderMetadata.LABEL + " names no run image (neither images nor"
                    + " stack.runImage.image)");
        }
        Optional<RegistryReference> wanted =
                runImage.registryReference().or(() -> runImage.name().flatMap(ReferenceMatch::publishedName));
        if (wanted.isEmpty()) {
            return Verdict.unverified("the run image " + runImage + " is not a registry reference, nor named after one"
                    + " (oci:PATH:registry.example.com/stacks/run:jammy), so it cannot be compared with the run images"
                    + " the builder names: " + describe(named));
        }
        return match(named, wanted.get())
                .orElseGet(() -> Verdict.violated("the builder names " + describe(named) + ", not the run image "
                        + runImage + ": apps built with it run on another run image"));
    }

    /** The verdict for the first name that is the same image, else for the first of the same repository. */
    private static Optional<Verdict> match(List<RunImageReference> named, RegistryReference wanted) {
        Optional<Verdict> sameRepository = Optional.empty();
        for (int i = 0; i < named.size(); i++) {
            List<String> names = new ArrayList<>();
            names.add(named.get(i).image());
            names.addAll(named.get(i).mirrors());
            for (int n = 0; n < names.size(); n++) {
                String role = (n == 0 ? "" : "a mirror of ")
                        + (i == 0 ? "its default run image" : "its run image " + (i + 1));
                String found = "the builder names the run image as " + role + ", " + Quote.of(names.get(n));
                ReferenceMatch match = ReferenceMatch.of(wanted, names.get(n));
                if (match == ReferenceMatch.SAME) {
                    return Optional.of(Verdict.satisfied(found));
                }
                if (match == ReferenceMatch.SAME_REPOSITORY && sameRepository.isEmpty()) {
                    sameRepository = Optional.of(Verdict.satisfied(
                            found + " (the same repository: a digest is not" + " compared with a tag)"));
                }
            }
        }
        return sameRepository;
    }

    private static String describe(List<RunImageReference> named) {
        return named.stream()
                .map(entry -> Quote.of(entry.image())
                        + (entry.mirrors().isEmpty()
                                ? ""
                                : " (mirrors "
                                        + entry.mirrors().stream()
                                                .map(Quote::of)
                                                .collect(Collectors.joining(", ")) + ")"))
                .collect(Collectors.joining(", "));
    }
}
