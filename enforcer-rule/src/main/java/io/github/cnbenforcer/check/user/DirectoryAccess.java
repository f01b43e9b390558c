package io.github.cnbenforcer.check.user;

import io.github.cnbenforcer.fs.FileMetadata;
import java.util.Set;

/**
 * Whether a user may create entries in a directory, by the kernel's rule: the owner bits apply to
 * the owner, else the group bits to a member of the owning group, else the other bits; creating
 * needs both write and search ({@code wx}). Root may always.
 */
final class DirectoryAccess {
    private static final int WRITE_AND_SEARCH = 03;

    private DirectoryAccess() {}

    /** Whether the user's groups play no part: root, or the owner, whose bits alone apply. */
    static boolean ownerBitsDecide(FileMetadata directory, long uid) {
        return uid == 0 || directory.uid() == uid;
    }

    static boolean canCreateIn(FileMetadata directory, long uid, Set<Long> gids) {
        if (uid == 0) {
            return true;
        }
        int mode = directory.mode();
        int applicable;
        if (directory.uid() == uid) {
            applicable = mode >> 6;
        } else if (gids.contains(directory.gid())) {
            applicable = mode >> 3;
        } else {
            applicable = mode;
        }
        return (applicable & WRITE_AND_SEARCH) == WRITE_AND_SEARCH;
    }
}
