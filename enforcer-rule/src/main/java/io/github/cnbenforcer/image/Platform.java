package io.github.cnbenforcer.image;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An OCI platform: {@code os}, {@code architecture} and an optional {@code variant}, as written.
 *
 * <p>Platforms match as the buildpacks lifecycle matches a run image's target to an app's on rebase
 * ({@code TargetSatisfiedForRebase} in its {@code platform/target_data.go}): {@code os} and
 * {@code architecture} equal, and the variants equal or absent on either side ({@code matches()}).
 * Variants are compared as written: {@code arm64/v8} is not {@code arm64/v8.2}, and is not
 * {@code arm64} either, although it matches it.
 */
public final class Platform {
    private final String os;
    private final String architecture;
    private final String variant;

    private Platform(String os, String architecture, String variant) {
        this.os = os;
        this.architecture = architecture;
        this.variant = variant == null || variant.isEmpty() ? null : variant;
    }

    public static Platform of(String os, String architecture, String variant) {
        return new Platform(nullToEmpty(os), nullToEmpty(architecture), variant);
    }

    /** Parses {@code os/arch[/variant]}, as in the rule's {@code platforms} parameter. */
    public static Platform parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("/", -1);
        if (parts.length < 2 || parts.length > 3 || anyBlank(parts)) {
            throw new IllegalArgumentException("'" + text + "' is not a platform: write os/arch or"
                    + " os/arch/variant, for example linux/amd64 or linux/arm64/v8");
        }
        return new Platform(
                parts[0].toLowerCase(Locale.ROOT),
                parts[1].toLowerCase(Locale.ROOT),
                parts.length == 3 ? parts[2].toLowerCase(Locale.ROOT) : null);
    }

    public String os() {
        return os;
    }

    public String architecture() {
        return architecture;
    }

    public Optional<String> variant() {
        return Optional.ofNullable(variant);
    }

    /**
     * Whether the lifecycle would take the two as the same target: {@code os} and {@code architecture}
     * equal, and the variants equal where both specify one. Symmetric.
     */
    public boolean matches(Platform other) {
        return os.equals(other.os)
                && architecture.equals(other.architecture)
                && (variant == null || other.variant == null || variant.equals(other.variant));
    }

    /**
     * The platform among {@code offered} that matches this one best: the first with the same variant
     * (or, for a platform without variant, the first without), else the first that matches.
     */
    public Optional<Platform> bestMatchIn(Collection<Platform> offered) {
        Optional<Platform> sameVariant = offered.stream()
                .filter(this::matches)
                .filter(p -> Objects.equals(variant, p.variant))
                .findFirst();
        return sameVariant.isPresent()
                ? sameVariant
                : offered.stream().filter(this::matches).findFirst();
    }

    /** Entries such as build attestations carry {@code unknown/unknown}. */
    public boolean isUnknown() {
        return "unknown".equals(os) && "unknown".equals(architecture);
    }

    private static boolean anyBlank(String[] parts) {
        for (String part : parts) {
            if (part.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Equal as written: {@code linux/arm64/v8} is not {@code linux/arm64}. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Platform)) {
            return false;
        }
        Platform that = (Platform) other;
        return os.equals(that.os) && architecture.equals(that.architecture) && Objects.equals(variant, that.variant);
    }

    @Override
    public int hashCode() {
        return Objects.hash(os, architecture, variant);
    }

    /** {@code os/arch[/variant]}, as written. */
    @Override
    public String toString() {
        return os + "/" + architecture + (variant == null ? "" : "/" + variant);
    }
}
