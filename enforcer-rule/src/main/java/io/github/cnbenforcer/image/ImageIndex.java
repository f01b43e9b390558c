package io.github.cnbenforcer.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An image index (OCI) or manifest list (Docker): the descriptors of its entries. */
public final class ImageIndex {
    private final List<Descriptor> manifests;

    private ImageIndex(List<Descriptor> manifests) {
        this.manifests = Collections.unmodifiableList(manifests);
    }

    /** @param what names the index in errors, e.g. "the index sha256:2c26b46b68ff" */
    public static ImageIndex parse(byte[] raw, String what) throws ImageReadException {
        JsonNode json = Json.parseObject(raw, what);
        JsonNode entries = json.get("manifests");
        if (entries == null || !entries.isArray()) {
            throw new ImageReadException(what + " has no 'manifests' list");
        }
        List<Descriptor> manifests = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            manifests.add(Descriptor.parse(entries.get(i), "manifests[" + i + "] of " + what));
        }
        return new ImageIndex(manifests);
    }

    public List<Descriptor> manifests() {
        return manifests;
    }
}
