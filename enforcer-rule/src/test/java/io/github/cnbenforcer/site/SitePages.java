package io.github.cnbenforcer.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The project's documentation files, and the one markdown table of a page that a test compares with the code. */
final class SitePages {
    /** The module's base directory: Maven runs the tests there. */
    private static final Path MODULE =
            Path.of(System.getProperty("basedir", "")).toAbsolutePath();

    static final Path MARKDOWN = MODULE.resolve("../src/site/markdown").normalize();
    static final Path SITE_DESCRIPTOR = MODULE.resolve("../src/site/site.xml").normalize();
    static final Path README = MODULE.resolve("../README.md").normalize();

    private SitePages() {}

    static String read(Path file) throws IOException {
        assertThat(file).as("documentation file").isRegularFile();
        return Files.readString(file);
    }

    /**
     * The body rows of the first table in {@code file} whose header starts with the cell
     * {@code firstHeader}, each row as its trimmed cells; the table ends at the first line that is
     * not a table row.
     */
    static List<List<String>> table(Path file, String firstHeader) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : read(file).split("\n")) {
            boolean tableRow = line.startsWith("|");
            if (inTable && !tableRow) {
                break;
            }
            if (tableRow && !inTable && cells(line).get(0).equals(firstHeader)) {
                inTable = true;
            } else if (inTable && !line.startsWith("|--") && !line.startsWith("|:-")) {
                rows.add(cells(line));
            }
        }
        assertThat(rows)
                .as("rows of the table headed '%s' in %s", firstHeader, file)
                .isNotEmpty();
        return rows;
    }

    /** {@code `name`} without its backticks; other text as it is. */
    static String unquoted(String cell) {
        return cell.length() > 1 && cell.startsWith("`") && cell.endsWith("`")
                ? cell.substring(1, cell.length() - 1)
                : cell;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::trim).collect(Collectors.toList());
    }
}
