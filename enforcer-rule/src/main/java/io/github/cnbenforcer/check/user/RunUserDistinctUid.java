package io.github.cnbenforcer.check.user;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.PairCheck;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.text.Quote;

/**
 * {@code run-user-distinct-uid}: the run image's user is not the build image's user. On Windows, where
 * SIDs are not readable, the account names are compared: each container account has its own SID.
 */
public final class RunUserDistinctUid extends AbstractCheck implements PairCheck {
    public static final String ID = "run-user-distinct-uid";

    public RunUserDistinctUid() {
        super(
                ID,
                Level.SHOULD,
                Scope.PAIR,
                "The image config's User field is set to a user with a DIFFERENT"
                        + " user UID/SID as the build image.");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck build, ImageUnderCheck run) {
        ImageUser buildUser = ImageUser.of(build);
        ImageUser runUser = ImageUser.of(run);
        if (buildUser.isWindows() != runUser.isWindows()) {
            return Verdict.unverified(
                    "the build image's os " + Quote.of(build.config().os()) + " and the run image's os "
                            + Quote.of(run.config().os()) + " differ");
        }
        return buildUser.isWindows() ? compareAccounts(buildUser, runUser) : compareUids(buildUser, runUser);
    }

    private static Verdict compareAccounts(ImageUser build, ImageUser run) {
        String buildAccount = build.windowsAccount();
        String runAccount = run.windowsAccount();
        return buildAccount.equalsIgnoreCase(runAccount)
                ? Verdict.violated("build and run images both run as Windows user " + Quote.of(runAccount))
                : Verdict.satisfied("run Windows user " + Quote.of(runAccount) + " differs from build Windows user "
                        + Quote.of(buildAccount));
    }

    private static Verdict compareUids(ImageUser build, ImageUser run) {
        UserFact<Long> buildUid = build.uid();
        if (!buildUid.isResolved()) {
            return buildUid.failure("build image: ");
        }
        UserFact<Long> runUid = run.uid();
        if (!runUid.isResolved()) {
            return runUid.failure("run image: ");
        }
        String observed = "run " + run.spec().label() + " has UID " + runUid.value() + ", build "
                + build.spec().label() + " has UID " + buildUid.value();
        return runUid.value().equals(buildUid.value()) ? Verdict.violated(observed) : Verdict.satisfied(observed);
    }
}
