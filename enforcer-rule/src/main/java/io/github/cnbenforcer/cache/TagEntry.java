package io.github.cnbenforcer.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.Json;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tag resolved to (the descriptor of its manifest or index) and when the registry last
 * confirmed it.
 */
public final class TagEntry {
    private final Descriptor descriptor;
    private final Instant revalidated;

    public TagEntry(String mediaType, Digest digest, long size, Instant revalidated) {
        this.descriptor = Descriptor.of(Objects.requireNonNull(mediaType), Objects.requireNonNull(digest), size);
        this.revalidated = Objects.requireNonNull(revalidated);
    }

    /** What {@code descriptor} names, as confirmed by the registry at {@code revalidated}. */
    public static TagEntry of(Descriptor descriptor, Instant revalidated) {
        return new TagEntry(descriptor.mediaType(), descriptor.digest(), descriptor.size(), revalidated);
    }

    /** The descriptor of the manifest or index the tag named. */
    public Descriptor descriptor() {
        return descriptor;
    }

    /** The digest of the manifest or index the tag named. */
    public Digest digest() {
        return descriptor.digest();
    }

    /** When the registry last said that the tag names {@link #digest()}. */
    public Instant revalidated() {
        return revalidated;
    }

    /** The entry as kept on disk, with the reference it belongs to. */
    byte[] toJson(String reference) {
        ObjectNode node = Json.object();
        node.put("reference", reference);
        node.put("mediaType", descriptor.mediaType());
        node.put("digest", descriptor.digest().toString());
        node.put("size", descriptor.size());
        node.put("revalidated", revalidated.toString());
        return Json.compact(node);
    }

    /** The entry of {@code reference} in {@code json}; empty if it is malformed or another reference's. */
    static Optional<TagEntry> fromJson(byte[] json, String reference) {
        try {
            JsonNode node = Json.tree(json);
            String digest = Json.text(node, "digest");
            String mediaType = Json.text(node, "mediaType");
            String revalidated = Json.text(node, "revalidated");
            JsonNode size = node.get("size");
            if (!reference.equals(Json.text(node, "reference"))
                    || mediaType == null
                    || !Digest.isValid(digest)
                    || revalidated == null
                    || size == null
                    || !size.canConvertToLong()) {
                return Optional.empty();
            }
            return Optional.of(
                    new TagEntry(mediaType, Digest.parse(digest), size.asLong(), Instant.parse(revalidated)));
        } catch (IOException | DateTimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof TagEntry)) {
            return false;
        }
        TagEntry that = (TagEntry) other;
        return descriptor.mediaType().equals(that.descriptor.mediaType())
                && descriptor.digest().equals(that.descriptor.digest())
                && descriptor.size() == that.descriptor.size()
                && revalidated.equals(that.revalidated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(descriptor.digest(), revalidated);
    }

    @Override
    public String toString() {
        return descriptor.digest().abbreviated() + " (" + descriptor.mediaType() + ", " + descriptor.size()
                + " bytes), revalidated " + revalidated;
    }
}
