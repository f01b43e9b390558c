package io.github.cnbenforcer.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OsReleaseParserTest {
    @Test
    void readsUbuntuOsRelease() {
        Map<String, String> values = OsReleaseParser.parse("PRETTY_NAME=\"Ubuntu 22.04.4 LTS\"\nNAME=\"Ubuntu\"\n"
                + "VERSION_ID=\"22.04\"\nVERSION=\"22.04.4 LTS (Jammy Jellyfish)\"\nID=ubuntu\nID_LIKE=debian\n");

        assertThat(values)
                .containsEntry("ID", "ubuntu")
                .containsEntry("VERSION_ID", "22.04")
                .containsEntry("PRETTY_NAME", "Ubuntu 22.04.4 LTS")
                .containsEntry("ID_LIKE", "debian");
    }

    @Test
    void unquotesSingleQuotesLiterally() {
        assertThat(OsReleaseParser.parse("NAME='Alpine \\ Linux'\n")).containsEntry("NAME", "Alpine \\ Linux");
    }

    @Test
    void appliesEscapesInDoubleQuotes() {
        assertThat(OsReleaseParser.parse("NAME=\"say \\\"hi\\\" for \\$5 \\`x\\` \\\\ \\n\"\n"))
                .containsEntry("NAME", "say \"hi\" for $5 `x` \\ \\n");
    }

    @Test
    void appliesEscapesInBareWords() {
        assertThat(OsReleaseParser.parse("NAME=Fancy\\ OS\n")).containsEntry("NAME", "Fancy OS");
    }

    @Test
    void skipsCommentsBlankLinesAndLinesThatAreNotAssignments() {
        Map<String, String> values = OsReleaseParser.parse("# comment\n\n  # indented comment\nnot an assignment\n"
                + "=value\n1ID=x\nBAD-KEY=x\n  ID = \"fedora\" \nVERSION_ID=40\r\n");

        assertThat(values)
                .containsOnlyKeys("ID", "VERSION_ID")
                .containsEntry("ID", "fedora")
                .containsEntry("VERSION_ID", "40");
    }

    @Test
    void emptyValueIsEmpty() {
        assertThat(OsReleaseParser.parse("VARIANT_ID=\nBUILD_ID=\"\"\n"))
                .containsEntry("VARIANT_ID", "")
                .containsEntry("BUILD_ID", "");
    }

    @Test
    void laterAssignmentWins() {
        assertThat(OsReleaseParser.parse("ID=first\nID=second\n")).containsEntry("ID", "second");
    }
}
