package io.github.cnbenforcer.check.platform;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.text.Quote;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code variant-valid}: the config's {@code variant} is a value of the OCI image spec's platform
 * variants table for its architecture. An architecture the table does not list has no variants, so
 * it is valid only without one.
 */
public final class VariantValid extends AbstractCheck implements ImageCheck {
    public static final String ID = "variant-valid";

    /** The OCI table (image-index.md, "Platform Variants"), with the values of Go's analogous settings. */
    static final Map<String, List<String>> VARIANTS = Map.of(
            "arm", List.of("v6", "v7", "v8"),
            "arm64",
                    List.of(
                            "v8", "v8.1", "v8.2", "v8.3", "v8.4", "v8.5", "v8.6", "v8.7", "v8.8", "v8.9", "v9", "v9.1",
                            "v9.2", "v9.3", "v9.4", "v9.5"),
            "amd64", List.of("v1", "v2", "v3", "v4"),
            "ppc64le", List.of("power8", "power9", "power10"),
            "riscv64", List.of("rva20u64", "rva22u64", "rva23u64"));

    public VariantValid() {
        super(
                ID,
                Level.SHOULD,
                Scope.EACH,
                "The image config's variant field is set to a valid identifier as"
                        + " defined in the OCI Image Specification.");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck image) {
        String architecture = image.config().architecture();
        Optional<String> variant = image.config().variant();
        List<String> known = VARIANTS.get(architecture);
        if (known == null) {
            return variant.isEmpty()
                    ? Verdict.satisfied("no variant is set, and the OCI table has none for " + Quote.of(architecture))
                    : Verdict.violated("variant " + Quote.of(variant.get()) + " is set, but the OCI table has no"
                            + " variants for " + Quote.of(architecture));
        }
        if (variant.isEmpty()) {
            return Verdict.violated("variant is not set (the OCI table lists " + String.join(", ", known) + " for "
                    + architecture + ")");
        }
        return known.contains(variant.get())
                ? Verdict.satisfied("variant " + Quote.of(variant.get()) + " is in the OCI table for " + architecture)
                : Verdict.violated("variant " + Quote.of(variant.get()) + " is not in the OCI table for " + architecture
                        + " (" + String.join(", ", known) + ")");
    }
}
