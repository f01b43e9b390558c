package io.github.cnbenforcer.check.match;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.PairingCheck;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformPairing;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code target-platform-missing}: every build platform has a run platform to pair with (see
 * {@link PlatformPairing}), and every entry of {@code platforms} exists in both images.
 */
public final class TargetPlatformMissing extends AbstractCheck implements PairingCheck {
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

    /** One verdict per build platform, or per entry of {@code platforms} when entries are given. */
    @Override
    public Verdict evaluate(PlatformPairing pairing, Platform subject) {
        return pairing.entries().isEmpty() ? forBuildPlatform(subject, pairing) : forEntry(subject, pairing);
    }

    /** Whether a build platform has a partner in the run image. */
    Verdict forBuildPlatform(Platform build, PlatformPairing pairing) {
        Optional<Platform> partner = pairing.partnerOf(build);
        return partner.isPresent()
                ? Verdict.satisfied("paired with the run image's " + partner.get())
                : Verdict.violated("the run image offers no platform matching " + build + " (it offers "
                        + pairing.secondOffered() + ")");
    }

    /** Whether an entry of {@code platforms} exists in both images, and its build platforms have partners. */
    Verdict forEntry(Platform entry, PlatformPairing pairing) {
        List<Platform> buildOffered = pairing.firstOffered();
        List<Platform> runOffered = pairing.secondOffered();
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
            Verdict verdict = forBuildPlatform(build, pairing);
            if (verdict.kind() != Verdict.Kind.SATISFIED) {
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
