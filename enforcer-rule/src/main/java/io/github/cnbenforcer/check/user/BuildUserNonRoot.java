package io.github.cnbenforcer.check.user;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.text.Quote;

/** {@code build-user-non-root}: the build image runs as a user other than root. */
public final class BuildUserNonRoot extends AbstractCheck implements ImageCheck {
    public static final String ID = "build-user-non-root";

    /** The sentence of the specification that this check and {@link BuildUserHomeWritable} enforce together. */
    static final String REQUIREMENT =
            "The image config's User field is set to a non-root user with a writable home directory.";

    public BuildUserNonRoot() {
        super(ID, Level.MUST, Scope.BUILD, REQUIREMENT);
    }

    @Override
    public Verdict evaluate(ImageUnderCheck image) {
        ImageUser user = ImageUser.of(image);
        String field = user.spec().field();
        if (field == null) {
            return Verdict.violated("User is not set (root)");
        }
        if (user.isRootByName()) {
            return Verdict.violated("User is " + Quote.of(field) + " (root)");
        }
        if (user.isWindows()) {
            return Verdict.satisfied("User is " + Quote.of(field) + ", not " + ImageUser.WINDOWS_ADMINISTRATOR);
        }
        UserFact<Long> uid = user.uid();
        if (!uid.isResolved()) {
            return uid.failure();
        }
        if (uid.value() == 0) {
            return Verdict.violated("User is " + Quote.of(field) + ", which /etc/passwd maps to UID 0 (root)");
        }
        return Verdict.satisfied("User is " + Quote.of(field) + " (UID " + uid.value() + ")");
    }
}
