package io.github.cnbenforcer.check.user;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.RebaseCheck;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.text.Quote;
import java.util.Optional;

/**
 * {@code rebase-user}: the new run image runs apps as the user of the previous one, with the same UID
 * and primary GID (the {@code User} text may change): an app's layers, and the files it writes, belong
 * to that user. On Windows, where SIDs are not readable, the account names are compared.
 */
public final class RebaseUser extends AbstractCheck implements RebaseCheck {
    public static final String ID = "rebase-user";

    public RebaseUser() {
        super(
                ID,
                Level.SHOULD,
                Scope.PREVIOUS,
                "New run image versions maintain ABI-compatibility with previous versions: a new version runs"
                        + " apps as the same user (UID and primary GID) as the previous one.");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck previous, ImageUnderCheck next) {
        ImageUser before = ImageUser.of(previous);
        ImageUser after = ImageUser.of(next);
        if (before.isWindows() || after.isWindows()) {
            return compareAccounts(before.windowsAccount(), after.windowsAccount());
        }
        UserFact<Long> beforeUid = before.uid();
        UserFact<Long> beforeGid = before.primaryGid();
        UserFact<Long> afterUid = after.uid();
        UserFact<Long> afterGid = after.primaryGid();
        Optional<Verdict> unresolved = unresolved("previous run image: ", beforeUid, beforeGid)
                .or(() -> unresolved("run image: ", afterUid, afterGid));
        if (unresolved.isPresent()) {
            return unresolved.get();
        }
        String now = after.spec().label() + " (UID " + afterUid.value() + ", GID " + afterGid.value() + ")";
        String then = before.spec().label() + " (UID " + beforeUid.value() + ", GID " + beforeGid.value() + ")";
        if (!afterUid.value().equals(beforeUid.value()) || !afterGid.value().equals(beforeGid.value())) {
            return Verdict.violated(now + ", the previous run image's " + then + ": files that apps built on it"
                    + " wrote belong to another user");
        }
        return Verdict.satisfied(now + ", as the previous run image's " + then);
    }

    /** The verdict of the first ID that could not be resolved, if any. */
    private static Optional<Verdict> unresolved(String image, UserFact<Long> uid, UserFact<Long> gid) {
        if (!uid.isResolved()) {
            return Optional.of(uid.failure(image));
        }
        return gid.isResolved() ? Optional.empty() : Optional.of(gid.failure(image));
    }

    private static Verdict compareAccounts(String before, String after) {
        String observed = "Windows user " + Quote.of(after) + ", the previous run image's " + Quote.of(before);
        return after.equalsIgnoreCase(before) ? Verdict.satisfied(observed) : Verdict.violated(observed);
    }
}
