package io.github.cnbenforcer.check.distro;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.PairCheck;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.FactUnavailableException;
import io.github.cnbenforcer.text.Quote;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code run-distro-effective}: when the run image has neither distro label, the lifecycle fills the run
 * target's distro from the {@code /etc/os-release} of the container it runs in, the build image
 * ({@code TargetSatisfiedForBuild} and {@code GetTargetOSFromFileSystem} in its
 * {@code platform/target_data.go}); the run image's own {@code /etc/os-release} should then name the
 * same {@code ID} and {@code VERSION_ID}, so that what buildpacks are told is what the app runs on.
 */
public final class RunDistroEffective extends AbstractCheck implements PairCheck {
    public static final String ID = "run-distro-effective";

    private static final List<String> NO_DISTRO = List.of("", "");

    public RunDistroEffective() {
        super(
                ID,
                Level.SHOULD,
                Scope.PAIR,
                "The image config's Label field has the label io.buildpacks.base.distro.name set to the OS"
                        + " distribution and the label io.buildpacks.base.distro.version set to the OS"
                        + " distribution version: without them, the distro buildpacks are told is the build"
                        + " image's, which should be the run image's too.");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck build, ImageUnderCheck run) {
        if (run.config().labels().containsKey(BaseLabels.DISTRO_NAME)
                || run.config().labels().containsKey(BaseLabels.DISTRO_VERSION)) {
            return Verdict.satisfied("not applicable: the run image sets distro labels, which the lifecycle uses");
        }
        String os = run.config().os();
        if (!os.equals("linux")) {
            return Verdict.satisfied("not applicable on " + (os.isEmpty() ? "an image without os" : os));
        }
        Optional<Map<String, String>> told;
        Optional<Map<String, String>> actual;
        try {
            told = build.facts().osRelease();
            actual = run.facts().osRelease();
        } catch (FactUnavailableException e) {
            return Verdict.unavailable("cannot read /etc/os-release: ", e);
        }
        if (told.isEmpty() || identity(told.get()).equals(NO_DISTRO)) {
            return Verdict.satisfied(
                    "the run image sets no distro labels and the build image's /etc/os-release names no distro:"
                            + " buildpacks are told none");
        }
        String toldText =
                "the run image sets no distro labels, so buildpacks are told the build image's " + show(told.get());
        if (actual.isEmpty()) {
            return Verdict.violated(toldText + ", but the run image has no /etc/os-release (set the distro labels)");
        }
        return identity(actual.get()).equals(identity(told.get()))
                ? Verdict.satisfied(toldText + ", as its own /etc/os-release names")
                : Verdict.violated(toldText + ", but its own /etc/os-release has " + show(actual.get())
                        + " (set the distro labels)");
    }

    /** What the lifecycle takes from an os-release as the distro: {@code ID} and {@code VERSION_ID}. */
    private static List<String> identity(Map<String, String> osRelease) {
        return List.of(osRelease.getOrDefault("ID", ""), osRelease.getOrDefault("VERSION_ID", ""));
    }

    private static String show(Map<String, String> osRelease) {
        return "ID " + Quote.of(osRelease.get("ID")) + " VERSION_ID " + Quote.of(osRelease.get("VERSION_ID"));
    }
}
