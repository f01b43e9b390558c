package io.github.cnbenforcer.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An image index (OCI) or manifest list (Docker): the descriptors of its entries, and its raw bytes. */
public final class ImageIndex {
    private final Descriptor self;
    private final byte[] raw;
    private final List<Descriptor> manifests;

    private ImageIndex(Descriptor self, byte[] raw, List<Descriptor> manifests) {
        this.self = self;
        this.raw = raw;
        this.manifests = Collections.unmodifiableList(manifests);
    }

    public static ImageIndex parse(Descriptor self, byte[] raw, String what) throws ImageReadException {
        JsonNode json = Json.parseObject(raw, what);
        JsonNode entries = json.get("manifests");
        if (entries == null || !entries.isArray()) {
            throw new ImageReadException(what + " has no 'manifests' list");
        }
        List<Descriptor> manifests = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            manifests.add(Descriptor.parse(entries.get(i), "manifests[" + i + "] of " + what));
        }
        return new ImageIndex(self, raw, manifests);
    }

    public Descriptor descriptor() {
        return self;
    }

    public byte[] raw() {
        return raw.clone();
    }

    public List<Descriptor> manifests() {
        return manifests;
    }
}
