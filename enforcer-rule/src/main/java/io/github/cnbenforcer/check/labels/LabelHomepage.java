package io.github.cnbenforcer.check.labels;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** {@code label-homepage}: label {@code io.buildpacks.base.homepage} is set to an http(s) URL. */
public final class LabelHomepage extends LabelCheck {
    public static final String ID = "label-homepage";

    public LabelHomepage() {
        super(
                ID,
                Scope.EACH,
                BaseLabels.HOMEPAGE,
                "The image config's Label field has the label"
                        + " io.buildpacks.base.homepage set to the homepage of the image.");
    }

    @Override
    protected Verdict judge(String value) {
        return judgeForm(value, isHttpUrl(value), "an http(s) URL");
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
