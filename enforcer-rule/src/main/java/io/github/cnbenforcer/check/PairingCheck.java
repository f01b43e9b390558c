package io.github.cnbenforcer.check;

import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformPairing;
import java.util.List;

/** A check of how the platforms of the build and run images pair: one verdict per platform that needs a partner. */
public interface PairingCheck extends Check {
    /** The platforms to decide: each {@code platforms} entry when given, else each build platform checked. */
    default List<Platform> subjects(PlatformPairing pairing) {
        return pairing.entries().isEmpty() ? pairing.firstSelected() : pairing.entries();
    }

    Verdict evaluate(PlatformPairing pairing, Platform subject);
}
