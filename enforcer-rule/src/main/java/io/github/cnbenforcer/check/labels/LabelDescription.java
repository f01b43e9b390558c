package io.github.cnbenforcer.check.labels;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.Scope;

/** {@code label-description}: label {@code io.buildpacks.base.description} is set. */
public final class LabelDescription extends LabelCheck {
    public static final String ID = "label-description";

    public LabelDescription() {
        super(
                ID,
                Scope.EACH,
                BaseLabels.DESCRIPTION,
                "The image config's Label field has the label"
                        + " io.buildpacks.base.description set to the description of the image.");
    }
}
