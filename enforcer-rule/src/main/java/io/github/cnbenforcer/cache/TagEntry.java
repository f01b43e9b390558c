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
    private final String mediaType;
    private final Digest digest;
    private final long size;
    private final Instant revalidated;

    public TagEntry(String mediaType, Digest digest, long size, Instant revalidated) {
        this.mediaType = Objects.requireNonNull(mediaType);
        this.digest = Objects.requireNonNull(digest);
        this.size = size;
        this.revalidated = Objects.requireNonNull(revalidated);
    }

    /** What {@code descriptor} names, as confirmed by the registry at {@code revalidated}. */
    public static TagEntry of(Descriptor descriptor, Instant revalidated) {
        return new TagEntry(descriptor.mediaType(), descriptor.digest(), descriptor.size(), revalidated);
    }

    /** The descriptor of the manifest or index the tag named. */
    public Descriptor descriptor() {
        return Descriptor.of(mediaType, digest, size);
    }

    public String mediaType() {
        return mediaType;
    }

    public Digest digest() {
        return digest;
    }

    public long size() {
        return size;
    }

    /** When the registry last said that the tag names {@link #digest()}. */
    public Instant revalidated() {
        return revalidated;
    }

    /** The entry as kept on disk, with the reference it belongs to. */
    byte[] toJson(String reference) {
        ObjectNode node = Json.object();
        node.put("reference", reference);
        node.put("mediaType", mediaType);
        node.put("digest", digest.toString());
        node.put("size", size);
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
        return mediaType.equals(that.mediaType)
                && digest.equals(that.digest)
                && size == that.size
                && revalidated.equals(that.revalidated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mediaType, digest, size, revalidated);
    }

    @Override
    public String toString() {
        return digest.abbreviated() + " (" + mediaType + ", " + size + " bytes), revalidated " + revalidated;
    }
}
