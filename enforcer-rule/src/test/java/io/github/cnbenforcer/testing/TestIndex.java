package io.github.cnbenforcer.testing;

import java.util.ArrayList;
import java.util.List;

/** A multi-platform image built in test code: platform images, optionally with attestation entries. */
public final class TestIndex {
    private final List<TestImage> images = new ArrayList<>();
    private boolean attestations;

    private TestIndex() {}

    public static TestIndex of(TestImage... platformImages) {
        TestIndex index = new TestIndex();
        index.images.addAll(List.of(platformImages));
        return index;
    }

    /** Adds an {@code unknown/unknown} attestation manifest per image, as BuildKit writes them. */
    public TestIndex withAttestations() {
        this.attestations = true;
        return this;
    }

    public List<TestImage> images() {
        return List.copyOf(images);
    }

    public boolean hasAttestations() {
        return attestations;
    }
}
