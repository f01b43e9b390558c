package io.github.cnbenforcer.fs;

import io.github.cnbenforcer.image.UserSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code /etc/passwd} and {@code /etc/group} as leniently as libc does: blank lines, comments,
 * NIS lines ({@code +}/{@code -}) and lines without a name or a numeric id are skipped.
 */
final class UserFileParser {
    private UserFileParser() {}

    /** {@code name:password:uid:gid:gecos:home:shell} lines. */
    static List<PasswdEntry> passwd(String text) {
        List<PasswdEntry> users = new ArrayList<>();
        for (String[] fields : records(text, 4)) {
            long uid = id(fields[2]);
            long gid = id(fields[3]);
            if (uid >= 0 && gid >= 0) {
                users.add(new PasswdEntry(fields[0], uid, gid, fields.length > 5 ? fields[5] : ""));
            }
        }
        return users;
    }

    /** {@code name:password:gid:member,member} lines. */
    static List<GroupEntry> group(String text) {
        List<GroupEntry> groups = new ArrayList<>();
        for (String[] fields : records(text, 3)) {
            long gid = id(fields[2]);
            if (gid >= 0) {
                groups.add(new GroupEntry(fields[0], gid, fields.length > 3 ? members(fields[3]) : List.of()));
            }
        }
        return groups;
    }

    /** The colon-separated fields of each line that has a name and at least {@code minFields} fields. */
    private static List<String[]> records(String text, int minFields) {
        List<String[]> records = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("+") || line.startsWith("-")) {
                continue;
            }
            String[] fields = line.split(":", -1);
            if (fields.length >= minFields && !fields[0].isEmpty()) {
                records.add(fields);
            }
        }
        return records;
    }

    private static List<String> members(String field) {
        List<String> members = new ArrayList<>();
        for (String member : field.split(",")) {
            if (!member.isBlank()) {
                members.add(member.trim());
            }
        }
        return members;
    }

    /** A numeric user or group id, or -1 when the field is not one. */
    private static long id(String field) {
        return UserSpec.numericId(field).orElse(-1);
    }
}
