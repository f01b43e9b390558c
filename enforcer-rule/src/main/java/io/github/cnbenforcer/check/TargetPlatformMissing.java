package io.github.cnbenforcer.check;

import io.github.cnbenforcer.image.Platform;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code target-platform-missing}: every build platform has a run platform to pair with (see
 * {@link PlatformPairing}), and every entry of {@code platforms} exists in both images. The
 * {@link StackEvaluator} asks for one verdict per build platform, or per entry when entries are given.
 */
public final class TargetPlatformMissing extends AbstractCheck {
    public static final String ID = "target-platform-missing";

    public TargetPlatformMissing() {
        super(
                ID,
                Level.MUST,
                Scope.PAIR,
                "The build image config and the run image config both specify the same os, architecture,"
                        + " variant (if specified), io.buildpacks.base.distro.name (if specified), and"
                        + " io.buildpacks.base.distro.version (if specified): every build platform has a run"
                        + " platform to match.");
    }

    /** Whether a build platform has a partner in the run image, which offers {@code runOffered}. */
    public Verdict forBuildPlatform(Platform build, PlatformPairing pairing, List<Platform> runOffered) {
        Optional<Platform> partner = pairing.partnerOf(build);
        return partner.isPresent()
                ? Verdict.satisfied("paired with the run image's " + partner.get())
                : Verdict.violated(
                        "the run image offers no platform matching " + build + " (it offers " + runOffered + ")");
    }

    /** Whether an entry of {@code platforms} exists in both images, and its build platforms have partners. */
    public Verdict forEntry(
            Platform entry, List<Platform> buildOffered, List<Platform> runOffered, PlatformPairing pairing) {
        List<Platform> builds = matching(entry, buildOffered);
        boolean inRun = !matching(entry, runOffered).isEmpty();
        if (builds.isEmpty() && !inRun) {
            return Verdict.violated("neither image offers a platform matching " + entry + " (build offers "
                    + buildOffered + ", run offers " + runOffered + ")");
        }
        if (builds.isEmpty()) {
            return Verdict.violated(
                    "the build image offers no platform matching " + entry + " (it offers " + buildOffered + ")");
        }
        if (!inRun) {
            return Verdict.violated(
                    "the run image offers no platform matching " + entry + " (it offers " + runOffered + ")");
        }
        for (Platform build : builds) {
            Verdict verdict = forBuildPlatform(build, pairing, runOffered);
            if (verdict.outcome() != Verdict.Outcome.SATISFIED) {
                return verdict;
            }
        }
        return Verdict.satisfied("both images offer " + entry + ": "
                + builds.stream()
                        .map(build -> build + " pairs with "
                                + pairing.partnerOf(build).orElseThrow())
                        .collect(Collectors.joining(", ")));
    }

    private static List<Platform> matching(Platform entry, List<Platform> offered) {
        return offered.stream().filter(entry::matches).collect(Collectors.toList());
    }
}
