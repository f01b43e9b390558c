package io.github.cnbenforcer.cache;

import io.github.cnbenforcer.image.Digest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names a fact derived from content: its kind (with a version, so that a changed format or meaning is
 * never read back as the old one) and the digest of its inputs, for example the layer facts of one layer
 * stack: {@code FactKey.of("layer-facts-v2", layerDigests)}.
 */
public final class FactKey {
    private static final Pattern KIND = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    private final String kind;
    private final Digest digest;

    private FactKey(String kind, Digest digest) {
        this.kind = kind;
        this.digest = digest;
    }

    /**
     * The key of the fact {@code kind} derived from {@code inputs}, in this order.
     *
     * @param kind lower-case letters, digits, {@code .} and {@code -}, at most 64, e.g. {@code layer-facts-v2}
     * @throws IllegalArgumentException if the kind is not of that form or there are no inputs
     */
    public static FactKey of(String kind, List<Digest> inputs) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("not a fact kind (a-z, 0-9, '.', '-'): " + kind);
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a fact is derived from at least one input");
        }
        StringBuilder text = new StringBuilder(kind).append('\n');
        for (Digest input : inputs) {
            text.append(input).append('\n');
        }
        return new FactKey(kind, Digest.sha256(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    public String kind() {
        return kind;
    }

    /** The SHA-256 digest of the kind and the inputs' digests. */
    public Digest digest() {
        return digest;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FactKey
                && ((FactKey) other).kind.equals(kind)
                && ((FactKey) other).digest.equals(digest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, digest);
    }

    @Override
    public String toString() {
        return kind + " of " + digest.abbreviated();
    }
}
