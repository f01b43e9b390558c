package io.github.cnbenforcer.packages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * dpkg's database: {@code /var/lib/dpkg/status}, one stanza per package, of which only those whose
 * {@code Status} ends in {@code installed} count; and the distroless layout,
 * {@code /var/lib/dpkg/status.d/}, one file per package holding the package's control stanza
 * (usually without {@code Status}: a stanza without one counts as installed), beside
 * {@code NAME.md5sums} files that are not stanzas.
 */
final class DpkgDatabase {
    static final String STATUS_FILE = "/var/lib/dpkg/status";
    static final String STATUS_DIRECTORY = "/var/lib/dpkg/status.d";

    private static final Set<String> KEPT =
            Set.of("package", "version", "architecture", "source", "provides", "status");

    private DpkgDatabase() {}

    /** Adds the installed packages of a {@code status} file. */
    static void readStatusFile(byte[] content, PackageCollector packages) throws PackageDatabaseException {
        readStanzas(new DatabaseLines(content, STATUS_FILE), packages);
    }

    /** Adds the package of one file of {@code status.d} that {@link #isPackageFile} accepts. */
    static void readStatusDirectoryFile(String fileName, byte[] content, PackageCollector packages)
            throws PackageDatabaseException {
        readStanzas(new DatabaseLines(content, STATUS_DIRECTORY + "/" + describe(fileName)), packages);
    }

    /** Whether a file of {@code status.d} holds a package's stanza: not a {@code .md5sums} file, not hidden. */
    static boolean isPackageFile(String fileName) {
        return !fileName.startsWith(".") && !fileName.endsWith(".md5sums");
    }

    private static void readStanzas(DatabaseLines lines, PackageCollector packages) throws PackageDatabaseException {
        ControlStanzaReader reader = new ControlStanzaReader(lines, KEPT);
        for (ControlStanzaReader.Stanza stanza = reader.next(); stanza != null; stanza = reader.next()) {
            if (isInstalled(stanza, lines)) {
                packages.add(toPackage(stanza, lines), lines);
            }
        }
    }

    /** {@code Status: want flag status}, installed when the status is {@code installed}; absent in status.d. */
    private static boolean isInstalled(ControlStanzaReader.Stanza stanza, DatabaseLines lines)
            throws PackageDatabaseException {
        if (!stanza.has("status")) {
            return true;
        }
        String[] words = stanza.field("status").split("[ \t]+");
        if (words.length != 3) {
            throw stanzaError(lines, stanza, "has a Status field that is not 'want flag status'");
        }
        return words[2].equals("installed");
    }

    private static InstalledPackage toPackage(ControlStanzaReader.Stanza stanza, DatabaseLines lines)
            throws PackageDatabaseException {
        String name = stanza.field("package");
        if (!PackageValues.isName(name)) {
            throw stanzaError(
                    lines,
                    stanza,
                    stanza.has("package") ? "has a Package field that is not a package name" : "has no Package field");
        }
        String version = token(stanza, "version", lines);
        String architecture = token(stanza, "architecture", lines);
        String source = stanza.field("source").split(" ", 2)[0];
        if (!source.isEmpty() && !PackageValues.isName(source)) {
            throw stanzaError(lines, stanza, "has a Source field that does not start with a package name");
        }
        return new InstalledPackage(
                name, version, architecture, source.isEmpty() ? name : source, provides(stanza, lines));
    }

    private static String token(ControlStanzaReader.Stanza stanza, String field, DatabaseLines lines)
            throws PackageDatabaseException {
        String value = stanza.field(field);
        if (!value.isEmpty() && !PackageValues.isToken(value)) {
            throw stanzaError(lines, stanza, "has a field '" + field + "' that is not one word of printable ASCII");
        }
        return value;
    }

    /** {@code Provides: libssl3 (= 3.5.9-1), mail-transport-agent}: the names, versions removed. */
    private static List<String> provides(ControlStanzaReader.Stanza stanza, DatabaseLines lines)
            throws PackageDatabaseException {
        List<String> names = new ArrayList<>();
        if (stanza.field("provides").isEmpty()) {
            return names;
        }
        for (String item : stanza.field("provides").split(",")) {
            String name = item.strip().split("[ (]", 2)[0];
            if (!PackageValues.isName(name)) {
                throw stanzaError(lines, stanza, "has a Provides field with an item that is not a package name");
            }
            names.add(name);
        }
        return names;
    }

    private static PackageDatabaseException stanzaError(
            DatabaseLines lines, ControlStanzaReader.Stanza stanza, String what) {
        return lines.databaseError("the stanza that starts on line " + stanza.line() + " " + what);
    }

    /** A file name of status.d as it may be shown: a package name as it is, anything else not at all. */
    private static String describe(String fileName) {
        return PackageValues.isName(fileName) ? fileName : "(a file whose name is not a package name)";
    }
}
