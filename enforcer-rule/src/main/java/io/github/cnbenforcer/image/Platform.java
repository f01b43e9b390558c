package io.github.cnbenforcer.image;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An OCI platform: {@code os}, {@code architecture} and an optional {@code variant}.
 *
 * <p>Platforms compare in normalised form: {@code arm64/v8} and {@code amd64/v1} equal their
 * architecture without variant, as containerd and the buildpacks lifecycle treat them.
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

    /** The same platform with the default variants of arm64 ({@code v8}) and amd64 ({@code v1}) removed. */
    public Platform normalized() {
        return new Platform(os, architecture, normalizeVariant(architecture, variant));
    }

    /** Normalises a variant for comparison: {@code null} for none or the architecture's default. */
    public static String normalizeVariant(String architecture, String variant) {
        if (variant == null || variant.isEmpty()) {
            return null;
        }
        if (("arm64".equals(architecture) && "v8".equals(variant))
                || ("amd64".equals(architecture) && "v1".equals(variant))) {
            return null;
        }
        return variant;
    }

    /**
     * Whether this platform, as asked for, is satisfied by {@code offered}: os and architecture equal,
     * and the variant equal when this platform names one (after normalisation).
     */
    public boolean isSatisfiedBy(Platform offered) {
        Platform wanted = normalized();
        Platform actual = offered.normalized();
        return wanted.os.equals(actual.os)
                && wanted.architecture.equals(actual.architecture)
                && (wanted.variant == null || wanted.variant.equals(actual.variant));
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

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Platform)) {
            return false;
        }
        Platform that = ((Platform) other).normalized();
        Platform self = normalized();
        return self.os.equals(that.os)
                && self.architecture.equals(that.architecture)
                && Objects.equals(self.variant, that.variant);
    }

    @Override
    public int hashCode() {
        Platform self = normalized();
        return Objects.hash(self.os, self.architecture, self.variant);
    }

    /** {@code os/arch[/variant]}, as written. */
    @Override
    public String toString() {
        return os + "/" + architecture + (variant == null ? "" : "/" + variant);
    }
}
