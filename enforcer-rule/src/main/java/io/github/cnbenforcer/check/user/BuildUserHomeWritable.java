package io.github.cnbenforcer.check.user;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.FactUnavailableException;
import io.github.cnbenforcer.fs.FileMetadata;
import io.github.cnbenforcer.text.Quote;
import java.util.Optional;
import java.util.Set;

/**
 * {@code build-user-home-writable}: the build user's home directory ({@code HOME}, else its
 * {@code /etc/passwd} entry) exists in the image and the user can create files in it.
 */
public final class BuildUserHomeWritable extends AbstractCheck implements ImageCheck {
    public static final String ID = "build-user-home-writable";

    public BuildUserHomeWritable() {
        super(ID, Level.MUST, Scope.BUILD, BuildUserNonRoot.REQUIREMENT);
    }

    @Override
    public Verdict evaluate(ImageUnderCheck image) {
        ImageUser user = ImageUser.of(image);
        if (user.isWindows()) {
            return Verdict.unverified("the profile directory of Windows user " + Quote.of(user.windowsAccount())
                    + " and its permissions cannot be read from the image");
        }
        UserFact<Long> uid = user.uid();
        if (!uid.isResolved()) {
            return uid.failure();
        }
        UserFact<FileMetadata> home = homeDirectory(image, user);
        if (!home.isResolved()) {
            return home.failure();
        }
        return writability(home.value(), uid.value(), user);
    }

    private static UserFact<FileMetadata> homeDirectory(ImageUnderCheck image, ImageUser user) {
        UserFact<String> home = user.home();
        if (!home.isResolved()) {
            return home.failed();
        }
        String path = home.value();
        if (path.isEmpty()) {
            return UserFact.missing("HOME is empty, so " + user.spec().label() + " has no home directory");
        }
        if (!path.startsWith("/")) {
            return UserFact.missing("home " + Quote.of(path) + " is not an absolute path");
        }
        Optional<FileMetadata> entry;
        try {
            entry = image.facts().stat(path);
        } catch (FactUnavailableException e) {
            return UserFact.unavailable("cannot look at home " + path + ": ", e);
        }
        if (entry.isEmpty()) {
            return UserFact.missing("home " + path + " of " + user.spec().label() + " does not exist in the image");
        }
        return entry.get().isDirectory()
                ? UserFact.of(entry.get())
                : UserFact.missing("home " + path + " is not a directory: " + entry.get());
    }

    private static Verdict writability(FileMetadata home, long uid, ImageUser user) {
        String who = "UID " + uid;
        Set<Long> gids = Set.of();
        if (!DirectoryAccess.ownerBitsDecide(home, uid)) {
            UserFact<Set<Long>> groups = user.groupIds();
            if (!groups.isResolved()) {
                return groups.failure();
            }
            gids = groups.value();
            who += " (groups " + gids + ")";
        }
        return DirectoryAccess.canCreateIn(home, uid, gids)
                ? Verdict.satisfied("home " + home + " is writable by " + who)
                : Verdict.violated("home " + home + " is not writable by " + who);
    }
}
