package io.github.cnbenforcer.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the compatibility page honest: its table must list exactly the compatibility matrix's ITs
 * ({@code src/it/compat-maven-M-enforcer-E-CASE}), each of which passed in this build (its invoker
 * report says so, and its verify script checked that the build log shows Maven M and plugin E).
 * Fails the build, printing the table to paste, when the page says anything else.
 */
public final class CompatibilityTable {
    private static final Pattern CELL = Pattern.compile("compat-maven-(.+)-enforcer-(\\d+\\.\\d+\\.\\d+)-([a-z-]+)");
    private static final String HEADER = "| Maven | maven-enforcer-plugin | images | result |\n|---|---|---|---|\n";

    private CompatibilityTable() {}

    /** Arguments: the compatibility page, the IT projects directory, the invoker reports directory. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: CompatibilityTable PAGE IT_PROJECTS INVOKER_REPORTS");
        }
        Path page = Path.of(args[0]);
        String expected = table(Path.of(args[1]), Path.of(args[2]));
        String written = Files.readAllLines(page).stream()
                .filter(line -> line.startsWith("|"))
                .map(line -> line + "\n")
                .collect(Collectors.joining());
        if (!written.equals(expected)) {
            throw new IllegalStateException(page + " does not list what the compatibility matrix ran; its table"
                    + " must be exactly:\n" + expected);
        }
        long runs = expected.lines().count() - 2;
        System.out.println("[compatibility] " + page.getFileName() + " lists the " + runs
                + " runs of the compatibility matrix, each of which passed");
    }

    /** The table of the matrix's ITs that passed; fails for one that did not run or did not pass. */
    static String table(Path itProjects, Path reports) throws IOException {
        StringBuilder table = new StringBuilder(HEADER);
        for (String cell : cells(itProjects)) {
            Matcher name = CELL.matcher(cell);
            if (!name.matches()) {
                throw new IllegalStateException("not a compatibility matrix IT name: " + cell);
            }
            requirePassed(cell, reports.resolve("BUILD-" + cell + ".xml"));
            table.append("| ")
                    .append(name.group(1))
                    .append(" | ")
                    .append(name.group(2))
                    .append(" | ")
                    .append(Case.of(name.group(3)).images)
                    .append(" | ")
                    .append(Case.of(name.group(3)).result)
                    .append(" |\n");
        }
        return table.toString();
    }

    private static List<String> cells(Path itProjects) throws IOException {
        List<String> cells = new ArrayList<>();
        try (Stream<Path> children = Files.list(itProjects)) {
            children.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("compat-maven-"))
                    .sorted()
                    .forEach(cells::add);
        }
        return cells;
    }

    private static void requirePassed(String cell, Path report) throws IOException {
        if (!Files.isRegularFile(report)) {
            throw new IllegalStateException("the compatibility IT " + cell + " did not run in this build");
        }
        if (!Files.readString(report).contains("result=\"success\"")) {
            throw new IllegalStateException("the compatibility IT " + cell + " did not pass: see " + report);
        }
    }

    /** What a matrix IT reads and what it shows (compat-support.groovy checks it). */
    private enum Case {
        SAMPLE(
                "the sample stack (`oci:` layouts, two platforms), with a `<suppressions>` entry",
                "passes, with the sample's SHOULD warnings, one of them suppressed"),
        ARCHIVES("an `oci-archive:` build image and a `docker-archive:` run image", "passes every check"),
        NO_RULE_API("the sample stack", "fails: *Cannot create instance of interface …EnforcerRule*");

        final String images;
        final String result;

        Case(String images, String result) {
            this.images = images;
            this.result = result;
        }

        static Case of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
