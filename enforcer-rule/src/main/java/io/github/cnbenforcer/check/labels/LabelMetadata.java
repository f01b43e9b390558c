package io.github.cnbenforcer.check.labels;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.Scope;

/** {@code label-metadata}: label {@code io.buildpacks.base.metadata} is set. */
public final class LabelMetadata extends LabelCheck {
    public static final String ID = "label-metadata";

    public LabelMetadata() {
        super(
                ID,
                Scope.EACH,
                BaseLabels.METADATA,
                "The image config's Label field has the label"
                        + " io.buildpacks.base.metadata set to additional metadata related to the image.");
    }
}
