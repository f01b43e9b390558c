package io.github.cnbenforcer.fs;

import io.github.cnbenforcer.image.UserSpec;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The users and groups of an image, from {@code /etc/passwd} and {@code /etc/group}. */
public final class UserDatabase {
    private final List<PasswdEntry> users;
    private final List<GroupEntry> groups;

    public UserDatabase(List<PasswdEntry> users, List<GroupEntry> groups) {
        this.users = List.copyOf(users);
        this.groups = List.copyOf(groups);
    }

    /** The first entry of that name, as libc's getpwnam returns it. */
    public Optional<PasswdEntry> userByName(String name) {
        return users.stream().filter(u -> u.name().equals(name)).findFirst();
    }

    /**
     * The entry of the user part of {@code User}: by UID when it is numeric, else by name; no user part
     * is UID 0 (root), as container runtimes take it.
     */
    public Optional<PasswdEntry> entryOf(UserSpec spec) {
        if (!spec.namesUser()) {
            return userByUid(0);
        }
        OptionalLong numeric = spec.numericUser();
        return numeric.isPresent() ? userByUid(numeric.getAsLong()) : userByName(spec.user());
    }

    public Optional<PasswdEntry> userByUid(long uid) {
        return users.stream().filter(u -> u.uid() == uid).findFirst();
    }

    public Optional<GroupEntry> groupByName(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    public Optional<GroupEntry> groupByGid(long gid) {
        return groups.stream().filter(g -> g.gid() == gid).findFirst();
    }

    public List<PasswdEntry> users() {
        return users;
    }

    public List<GroupEntry> groups() {
        return groups;
    }
}
