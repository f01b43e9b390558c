package io.github.cnbenforcer.packages;

import static io.github.cnbenforcer.packages.DpkgDatabaseTest.text;
import static io.github.cnbenforcer.packages.PackageResources.apkInstalled;
import static io.github.cnbenforcer.packages.PackageResources.dpkgStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed and hostile databases: a clear error naming the line, never the content, within bounds. */
class HostileDatabasesTest {
    private static final String INSTALLED = "Status: install ok installed\n";
    private static final String MARKER = "SECRET";
    private static final String DPKG_STATUS = "/var/lib/dpkg/status";
    private static final String APK_INSTALLED = "/lib/apk/db/installed";

    /** Lines that break a database's format, and the error: it names the line, never its content. */
    static Stream<Arguments> malformedLines() {
        return Stream.of(
                dpkg(
                        "a NUL byte",
                        "Package: a\n" + INSTALLED + "Version: 1\0" + MARKER + "\n",
                        "line 3 contains a NUL byte"),
                apk("a NUL byte", "P:a\nV:1\nT:x\0" + MARKER + "\n", "line 3 contains a NUL byte"),
                dpkg(
                        "a continuation line before any field",
                        " " + MARKER + "\nPackage: a\n",
                        "line 1 continues a field, but no field precedes it"),
                dpkg(
                        "a line without a field name",
                        "Package: a\n" + MARKER + " without colon\n",
                        "line 2 is neither a 'Field: value' line nor a continuation line"),
                dpkg(
                        "a repeated kept field",
                        "Package: a\n" + INSTALLED + "Version: 1\nVersion: " + MARKER + "\n",
                        "line 4 repeats a field of its stanza"),
                apk("a repeated key", "P:a\nV:1\nP:" + MARKER + "\n", "line 3 repeats the key P: of its package"),
                dpkg(
                        "a stanza without Package",
                        "Package: a\n" + INSTALLED + "\n\nVersion: " + MARKER + "\n" + INSTALLED,
                        "the stanza that starts on line 5 has no Package field"),
                apk(
                        "a package without P:",
                        "P:a\n\nV:" + MARKER + "\n",
                        "the package that starts on line 3 has no P: line"),
                dpkg(
                        "a Status that is not three words",
                        "Package: a\nStatus: installed " + MARKER + " x y\n",
                        "the stanza that starts on line 1 has a Status field that is not 'want flag status'"),
                apk("a line that is not K:value", "P:a\n" + MARKER + "\n", "line 2 is not a 'K:value' line"));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("malformedLines")
    void aMalformedLineIsAnErrorThatNamesIt(String problem, String database, String content, String error) {
        assertError(database, content).hasMessage(database + " is not well-formed: " + error);
    }

    @Test
    void aFieldNameMustBeAWordBeforeItsColon() {
        assertDpkgError("Package: a\n: " + MARKER + "\n").hasMessageContaining("line 2 is neither");
        assertDpkgError("Package: a\nBad Name: " + MARKER + "\n").hasMessageContaining("line 2 is neither");
    }

    @Test
    void valuesThatAreNotNamesOrAsciiWordsAreErrors() {
        assertDpkgError("Package: -" + MARKER + "\n" + INSTALLED)
                .hasMessageContaining("has a Package field that is not a package name");
        assertDpkgError("Package: a\n" + INSTALLED + "Version: 1 " + MARKER + "\n")
                .hasMessageContaining("has a field 'version' that is not one word of printable ASCII");
        assertDpkgError("Package: a\n" + INSTALLED + "Architecture: ämd64" + MARKER + "\n")
                .hasMessageContaining("has a field 'architecture' that is not one word");
        assertDpkgError("Package: a\n" + INSTALLED + "Provides: b, \u001b[31m" + MARKER + "\n")
                .hasMessageContaining("has a Provides field with an item that is not a package name");
        assertDpkgError("Package: a\n" + INSTALLED + "Source: (" + MARKER + ")\n")
                .hasMessageContaining("has a Source field that does not start with a package name");
        assertApkError("P:a b" + MARKER + "\n").hasMessageContaining("has a P: that is not a package name");
        assertApkError("P:a\np:so:x.so.1 \u0007" + MARKER + "\n")
                .hasMessageContaining("has a p: item that is not printable ASCII");
    }

    @Test
    void aKeptValueLongerThanTheLimitIsAnError() {
        String huge = "x".repeat(DatabaseLines.MAX_VALUE_CHARS + 1);
        assertDpkgError("Package: a\n" + INSTALLED + "Provides: " + huge + "\n")
                .hasMessage("/var/lib/dpkg/status is not well-formed: line 3 holds a value longer than 65536 bytes");
        String half = "b,".repeat(DatabaseLines.MAX_VALUE_CHARS / 4);
        assertDpkgError("Package: a\n" + INSTALLED + "Provides: " + half + "\n " + half + "\n")
                .hasMessageContaining("line 4 makes a field longer than 65536 characters");
        assertApkError("P:a\np:" + huge + "\n").hasMessageContaining("line 2 holds a value longer than 65536 bytes");
    }

    @Test
    void aHugeFieldTheParserSkipsCostsNothing() throws Exception {
        byte[] description = new byte[20 * 1024 * 1024];
        Arrays.fill(description, (byte) 'x');
        byte[] content = concat(text("Package: a\n" + INSTALLED + "Description: "), description, text("\n"));

        assertThat(dpkgStatus(content).packages()).hasSize(1);
        assertThat(apkInstalled(concat(text("P:a\nT:"), description, text("\n")))
                        .packages())
                .hasSize(1);
    }

    @Test
    void millionsOfLinesOfNothingAreNoPackages() throws Exception {
        byte[] blank = text("\n".repeat(5_000_000));

        assertThat(dpkgStatus(blank).packages()).isEmpty();
        assertThat(apkInstalled(blank).packages()).isEmpty();
    }

    @Test
    void millionsOfTinyPackagesStopAtTheLimit() {
        String stanzas = "Package: a\n\n".repeat(PackageCollector.MAX_PACKAGES + 1);
        assertDpkgError(stanzas)
                .hasMessage("/var/lib/dpkg/status is not well-formed: it holds more than 50000 packages");
        assertApkError("P:a\n\n".repeat(PackageCollector.MAX_PACKAGES + 1))
                .hasMessage("/lib/apk/db/installed is not well-formed: it holds more than 50000 packages");
    }

    @Test
    void providesAreBoundedAcrossTheDatabase() {
        String stanza = "Package: a\nProvides: " + "b,".repeat(30_000) + "b\n\n";
        assertDpkgError(stanza.repeat(PackageCollector.MAX_PROVIDES / 30_000 + 1))
                .hasMessage("/var/lib/dpkg/status is not well-formed: its packages provide more than 250000 names");
    }

    private static Arguments dpkg(String problem, String content, String error) {
        return Arguments.of(problem, DPKG_STATUS, content, error);
    }

    private static Arguments apk(String problem, String content, String error) {
        return Arguments.of(problem, APK_INSTALLED, content, error);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertDpkgError(String content) {
        return assertError(DPKG_STATUS, content);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertApkError(String content) {
        return assertError(APK_INSTALLED, content);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertError(String database, String content) {
        return assertThatThrownBy(() -> {
                    if (database.equals(DPKG_STATUS)) {
                        dpkgStatus(text(content));
                    } else {
                        apkInstalled(text(content));
                    }
                })
                .isInstanceOf(PackageDatabaseException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(MARKER));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int position = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, position, part.length);
            position += part.length;
        }
        return joined;
    }
}
