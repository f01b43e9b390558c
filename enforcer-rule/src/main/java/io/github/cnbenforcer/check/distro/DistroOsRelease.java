package io.github.cnbenforcer.check.distro;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.FactUnavailableException;
import io.github.cnbenforcer.text.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code distro-os-release}: on Linux, the distro labels hold {@code ID} and {@code VERSION_ID} of the
 * image's {@code /etc/os-release}. A label that is not set is reported with the value it should hold.
 */
public final class DistroOsRelease extends AbstractCheck implements ImageCheck {
    public static final String ID = "distro-os-release";

    public DistroOsRelease() {
        super(
                ID,
                Level.SHOULD,
                Scope.EACH,
                "For Linux-based images, each label (io.buildpacks.base.distro.name"
                        + " and io.buildpacks.base.distro.version) should contain the values specified in /etc/os-release"
                        + " ($ID and $VERSION_ID).");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck image) {
        String os = image.config().os();
        if (!os.equals("linux")) {
            return Verdict.satisfied("not applicable on " + (os.isEmpty() ? "an image without os" : os));
        }
        Optional<Map<String, String>> osRelease;
        try {
            osRelease = image.facts().osRelease();
        } catch (FactUnavailableException e) {
            return Verdict.unavailable("cannot read /etc/os-release: ", e);
        }
        if (osRelease.isEmpty()) {
            return Verdict.violated("the image has no /etc/os-release to take the distro labels from");
        }
        List<String> mismatches = new ArrayList<>();
        compare(image, BaseLabels.DISTRO_NAME, osRelease.get(), "ID").ifPresent(mismatches::add);
        compare(image, BaseLabels.DISTRO_VERSION, osRelease.get(), "VERSION_ID").ifPresent(mismatches::add);
        return mismatches.isEmpty()
                ? Verdict.satisfied("distro labels match /etc/os-release: ID "
                        + Quote.of(osRelease.get().get("ID")) + ", VERSION_ID "
                        + Quote.of(osRelease.get().get("VERSION_ID")))
                : Verdict.violated(String.join("; ", mismatches));
    }

    /** The mismatch of one label with its os-release variable; empty when they agree or both are absent. */
    private static Optional<String> compare(
            ImageUnderCheck image, String label, Map<String, String> osRelease, String variable) {
        String labelValue =
                image.config().label(label).filter(v -> !v.isBlank()).orElse(null);
        String releaseValue = Optional.ofNullable(osRelease.get(variable))
                .filter(v -> !v.isEmpty())
                .orElse(null);
        if (labelValue == null && releaseValue == null || labelValue != null && labelValue.equals(releaseValue)) {
            return Optional.empty();
        }
        if (releaseValue == null) {
            return Optional.of(
                    "label " + label + " is " + Quote.of(labelValue) + " but /etc/os-release has no " + variable);
        }
        return Optional.of("label " + label + " is " + Quote.of(labelValue) + " but /etc/os-release has " + variable
                + " " + Quote.of(releaseValue));
    }
}
