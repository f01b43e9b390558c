package io.github.cnbenforcer.packages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * apk's database, {@code /lib/apk/db/installed}: one block of {@code K:value} lines per package
 * ({@code P:} name, {@code V:} version, {@code A:} architecture, {@code o:} origin, {@code p:}
 * space-separated provides such as {@code so:libssl.so.3=3}), blocks separated by a blank line. The
 * other keys (file lists, checksums, scripts) are skipped without being decoded.
 */
final class ApkDatabase {
    static final String INSTALLED_FILE = "/lib/apk/db/installed";

    private static final String KEPT = "PVAop";

    private ApkDatabase() {}

    /** Adds the packages of an {@code installed} file. */
    static void read(byte[] content, PackageCollector packages) throws PackageDatabaseException {
        DatabaseLines lines = new DatabaseLines(content, INSTALLED_FILE);
        Map<Character, String> fields = new HashMap<>();
        int firstLine = 0;
        while (lines.advance()) {
            if (lines.isBlank()) {
                if (firstLine > 0) {
                    packages.add(toPackage(fields, firstLine, lines), lines);
                    fields.clear();
                    firstLine = 0;
                }
                continue;
            }
            if (lines.length() < 2 || lines.byteAt(1) != ':') {
                throw lines.error("is not a 'K:value' line");
            }
            firstLine = firstLine > 0 ? firstLine : lines.number();
            char key = (char) lines.byteAt(0);
            if (KEPT.indexOf(key) >= 0 && fields.put(key, lines.text(2)) != null) {
                throw lines.error("repeats the key " + key + ": of its package");
            }
        }
        if (firstLine > 0) {
            packages.add(toPackage(fields, firstLine, lines), lines);
        }
    }

    private static InstalledPackage toPackage(Map<Character, String> fields, int firstLine, DatabaseLines lines)
            throws PackageDatabaseException {
        String name = fields.getOrDefault('P', "");
        if (!PackageValues.isName(name)) {
            throw blockError(
                    lines,
                    firstLine,
                    fields.containsKey('P') ? "has a P: that is not a package name" : "has no P: line");
        }
        String origin = fields.getOrDefault('o', "");
        if (!origin.isEmpty() && !PackageValues.isName(origin)) {
            throw blockError(lines, firstLine, "has an o: that is not a package name");
        }
        return new InstalledPackage(
                name,
                token(fields, 'V', firstLine, lines),
                token(fields, 'A', firstLine, lines),
                origin.isEmpty() ? name : origin,
                provides(fields.getOrDefault('p', ""), firstLine, lines));
    }

    private static String token(Map<Character, String> fields, char key, int firstLine, DatabaseLines lines)
            throws PackageDatabaseException {
        String value = fields.getOrDefault(key, "");
        if (!value.isEmpty() && !PackageValues.isToken(value)) {
            throw blockError(lines, firstLine, "has a " + key + ": that is not one word of printable ASCII");
        }
        return value;
    }

    /** {@code so:libc.musl-x86_64.so.1=1 cmd:getconf=1.2.5-r0}: the names, versions removed. */
    private static List<String> provides(String field, int firstLine, DatabaseLines lines)
            throws PackageDatabaseException {
        List<String> names = new ArrayList<>();
        for (String item : field.split("[ \t]+")) {
            if (item.isEmpty()) {
                continue;
            }
            String name = item.split("=", 2)[0];
            if (!PackageValues.isToken(name)) {
                throw blockError(lines, firstLine, "has a p: item that is not printable ASCII");
            }
            names.add(name);
        }
        return names;
    }

    private static PackageDatabaseException blockError(DatabaseLines lines, int firstLine, String what) {
        return lines.databaseError("the package that starts on line " + firstLine + " " + what);
    }
}
