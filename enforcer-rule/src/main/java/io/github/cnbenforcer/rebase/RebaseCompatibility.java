package io.github.cnbenforcer.rebase;

import io.github.cnbenforcer.text.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the lifecycle's rebaser accepts a new run image under apps built on the previous one, decided
 * as {@code platform.TargetSatisfiedForRebase} decides it for apps of Platform API 0.12 and later: the
 * same {@code os} and {@code architecture}, compared as written; the same {@code variant} where both
 * have one; and, when the new image declares a distro, an app that recorded one, with the same name
 * and version wherever the new image's is not empty. The previous image's target data stands for the
 * app's. Without {@code -force}, a refusal stops the rebase.
 *
 * <p>Besides the refusals, notes name what the rebaser lets through unseen: a distro change that only
 * {@code /etc/os-release} shows (neither image declares a distro), and distro labels the new image
 * drops.
 */
public final class RebaseCompatibility {
    private final List<String> refusals;
    private final List<String> notes;

    private RebaseCompatibility(List<String> refusals, List<String> notes) {
        this.refusals = List.copyOf(refusals);
        this.notes = List.copyOf(notes);
    }

    public static RebaseCompatibility of(RunImageTarget previous, RunImageTarget next) {
        List<String> refusals = new ArrayList<>();
        compare("os", previous.os(), next.os(), refusals);
        compare("architecture", previous.architecture(), next.architecture(), refusals);
        if (!previous.variant().isEmpty() && !next.variant().isEmpty()) {
            compare("variant", previous.variant(), next.variant(), refusals);
        }
        List<String> notes = new ArrayList<>();
        Optional<Distro> recorded = previous.labelDistro();
        Optional<Distro> declared = next.labelDistro();
        if (declared.isPresent() && recorded.isEmpty()) {
            refusals.add(distroAdded(previous, declared.get()));
        } else if (declared.isPresent()) {
            compareDistro(recorded.get(), declared.get(), refusals);
        } else if (recorded.isPresent()) {
            notes.add("the new image drops the distro labels (" + recorded.get() + "): the rebaser accepts it, and"
                    + " apps rebased onto it lose the distro they recorded");
        } else {
            osReleaseChange(previous, next).ifPresent(notes::add);
        }
        return new RebaseCompatibility(refusals, notes);
    }

    /** Whether the rebaser refuses the new image (unless forced). */
    public boolean isRefused() {
        return !refusals.isEmpty();
    }

    /** Why the rebaser refuses, one sentence each; empty when it accepts. */
    public List<String> refusals() {
        return refusals;
    }

    /** What the rebaser accepts although the base changed, one sentence each. */
    public List<String> notes() {
        return notes;
    }

    /** One line: the verdict and every reason or note. */
    public String summary() {
        if (isRefused()) {
            return "the rebaser refuses the new image under apps built on the previous one: "
                    + String.join("; ", refusals);
        }
        String accepted = "the rebaser accepts the new image under apps built on the previous one";
        return notes.isEmpty() ? accepted : accepted + ", but " + String.join("; ", notes);
    }

    @Override
    public String toString() {
        return summary();
    }

    private static void compare(String field, String previous, String next, List<String> refusals) {
        if (!previous.equals(next)) {
            refusals.add(field + " changes from " + Quote.of(previous) + " to " + Quote.of(next));
        }
    }

    /** Where the new image's name or version is not empty, the app's must be the same. */
    private static void compareDistro(Distro recorded, Distro declared, List<String> refusals) {
        if (!declared.name().isEmpty() && !declared.name().equals(recorded.name())) {
            compare(RunImageTarget.DISTRO_NAME_LABEL, recorded.name(), declared.name(), refusals);
        }
        if (!declared.version().isEmpty() && !declared.version().equals(recorded.version())) {
            compare(RunImageTarget.DISTRO_VERSION_LABEL, recorded.version(), declared.version(), refusals);
        }
    }

    private static String distroAdded(RunImageTarget previous, Distro declared) {
        String reason = "the new image declares a distro (" + declared + ") with " + RunImageTarget.DISTRO_NAME_LABEL
                + " or " + RunImageTarget.DISTRO_VERSION_LABEL + " and the previous one declared none, so apps"
                + " built on it recorded no distro";
        return previous.osReleaseDistro()
                .map(osRelease -> reason + " (even though its /etc/os-release names " + osRelease + ")")
                .orElse(reason);
    }

    private static Optional<String> osReleaseChange(RunImageTarget previous, RunImageTarget next) {
        if (previous.osReleaseDistro().isEmpty()
                || next.osReleaseDistro().isEmpty()
                || previous.osReleaseDistro().equals(next.osReleaseDistro())) {
            return Optional.empty();
        }
        return Optional.of("neither image declares a distro, so the rebaser does not compare distros, while"
                + " /etc/os-release changes from " + previous.osReleaseDistro().get() + " to "
                + next.osReleaseDistro().get());
    }
}
