package io.github.cnbenforcer.check.labels;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.Scope;

/** {@code label-maintainer}: label {@code io.buildpacks.base.maintainer} is set. */
public final class LabelMaintainer extends LabelCheck {
    public static final String ID = "label-maintainer";

    public LabelMaintainer() {
        super(
                ID,
                Scope.EACH,
                BaseLabels.MAINTAINER,
                "The image config's Label field has the label"
                        + " io.buildpacks.base.maintainer set to the name of the image maintainer.");
    }
}
