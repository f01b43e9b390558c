package io.github.cnbenforcer.check.distro;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.image.ImageConfig;
import io.github.cnbenforcer.text.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code distro-labels}: the distro name and version labels are set; on Windows the name is empty and
 * the version is the config's {@code os.version}. A blank label is not set.
 */
public final class DistroLabels extends AbstractCheck implements ImageCheck {
    public static final String ID = "distro-labels";

    public DistroLabels() {
        super(
                ID,
                Level.SHOULD,
                Scope.EACH,
                "The image config's Label field has the label"
                        + " io.buildpacks.base.distro.name set to the OS distribution and the label"
                        + " io.buildpacks.base.distro.version set to the OS distribution version; for Windows-based images,"
                        + " io.buildpacks.base.distro.name should be empty and io.buildpacks.base.distro.version should"
                        + " contain the value of os.version in the image config.");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck image) {
        ImageConfig config = image.config();
        Optional<String> name = setLabel(config, BaseLabels.DISTRO_NAME);
        Optional<String> version = setLabel(config, BaseLabels.DISTRO_VERSION);
        return image.isWindows() ? windows(config, name, version) : others(config, name, version);
    }

    private static Verdict others(ImageConfig config, Optional<String> name, Optional<String> version) {
        List<String> unset = new ArrayList<>();
        if (name.isEmpty()) {
            unset.add(BaseLabels.DISTRO_NAME);
        }
        if (version.isEmpty()) {
            unset.add(BaseLabels.DISTRO_VERSION);
        }
        if (unset.isEmpty()) {
            return Verdict.satisfied("distro is " + Quote.of(name.get()) + " version " + Quote.of(version.get()));
        }
        return Verdict.violated(unset.stream()
                .map(label -> "label " + label + " is not set" + BaseLabels.deprecatedInstead(config, label))
                .collect(Collectors.joining("; ")));
    }

    private static Verdict windows(ImageConfig config, Optional<String> name, Optional<String> version) {
        String osVersion = config.osVersion().orElse(null);
        List<String> problems = new ArrayList<>();
        if (name.isPresent()) {
            problems.add(BaseLabels.DISTRO_NAME + " is " + Quote.of(name.get()) + ", not empty");
        }
        if (osVersion == null) {
            problems.add("os.version is not set, so " + BaseLabels.DISTRO_VERSION + " has nothing to equal");
        } else if (!version.equals(Optional.of(osVersion))) {
            problems.add(BaseLabels.DISTRO_VERSION + " is " + Quote.of(version.orElse(null)) + " but os.version is "
                    + Quote.of(osVersion));
        }
        return problems.isEmpty()
                ? Verdict.satisfied(BaseLabels.DISTRO_NAME + " is empty and " + BaseLabels.DISTRO_VERSION
                        + " is os.version " + Quote.of(osVersion))
                : Verdict.violated(String.join("; ", problems));
    }

    private static Optional<String> setLabel(ImageConfig config, String label) {
        return config.label(label).filter(value -> !value.isBlank());
    }
}
