package io.github.cnbenforcer.fs;

/** One line of {@code /etc/passwd}. */
public final class PasswdEntry {
    private final String name;
    private final long uid;
    private final long gid;
    private final String home;

    public PasswdEntry(String name, long uid, long gid, String home) {
        this.name = name;
        this.uid = uid;
        this.gid = gid;
        this.home = home;
    }

    public String name() {
        return name;
    }

    public long uid() {
        return uid;
    }

    /** The primary group. */
    public long gid() {
        return gid;
    }

    /** The home directory, possibly empty. */
    public String home() {
        return home;
    }

    @Override
    public String toString() {
        return name + ":" + uid + ":" + gid + ":" + home;
    }
}
