package io.github.cnbenforcer.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An image manifest (OCI or Docker v2 schema 2): its config and layer descriptors. */
public final class Manifest {
    private final Descriptor self;
    private final Descriptor config;
    private final List<Descriptor> layers;

    private Manifest(Descriptor self, Descriptor config, List<Descriptor> layers) {
        this.self = self;
        this.config = config;
        this.layers = Collections.unmodifiableList(layers);
    }

    public static Manifest parse(Descriptor self, byte[] raw) throws ImageReadException {
        JsonNode json = Json.parseObject(raw, "the manifest " + self.digest().abbreviated());
        Descriptor config = Descriptor.parse(
                json.get("config"),
                "the config descriptor of manifest " + self.digest().abbreviated());
        List<Descriptor> layers = new ArrayList<>();
        JsonNode layerNodes = json.get("layers");
        if (layerNodes != null && layerNodes.isArray()) {
            for (int i = 0; i < layerNodes.size(); i++) {
                layers.add(Descriptor.parse(
                        layerNodes.get(i),
                        "layers[" + i + "] of manifest " + self.digest().abbreviated()));
            }
        } else if (layerNodes != null) {
            throw new ImageReadException(
                    "the manifest " + self.digest().abbreviated() + " has a 'layers' field that is not a list");
        }
        return new Manifest(self, config, layers);
    }

    public Descriptor descriptor() {
        return self;
    }

    public Digest digest() {
        return self.digest();
    }

    public Descriptor config() {
        return config;
    }

    /** Layer descriptors, bottom first. */
    public List<Descriptor> layers() {
        return layers;
    }
}
