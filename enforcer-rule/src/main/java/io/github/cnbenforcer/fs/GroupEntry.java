package io.github.cnbenforcer.fs;

import java.util.List;

/** One line of {@code /etc/group}. */
public final class GroupEntry {
    private final String name;
    private final long gid;
    private final List<String> members;

    public GroupEntry(String name, long gid, List<String> members) {
        this.name = name;
        this.gid = gid;
        this.members = List.copyOf(members);
    }

    public String name() {
        return name;
    }

    public long gid() {
        return gid;
    }

    /** Supplementary members by user name. */
    public List<String> members() {
        return members;
    }
}
