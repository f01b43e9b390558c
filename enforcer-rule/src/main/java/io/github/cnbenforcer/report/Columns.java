package io.github.cnbenforcer.report;

import java.util.List;
import java.util.stream.Collectors;

/** Rows of text in aligned columns, two spaces apart; the last column is not padded. */
final class Columns {
    private static final String GAP = "  ";

    private final int[] widths;

    private Columns(int[] widths) {
        this.widths = widths;
    }

    /** The columns as wide as the widest cell of each in {@code rows}. */
    static Columns fitting(List<List<String>> rows) {
        int count = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[count];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return new Columns(widths);
    }

    static List<String> align(List<List<String>> rows) {
        Columns columns = fitting(rows);
        return rows.stream().map(columns::format).collect(Collectors.toList());
    }

    String format(List<String> row) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            line.append(cell);
            if (i < row.size() - 1) {
                line.append(" ".repeat(widths[i] - cell.length())).append(GAP);
            }
        }
        return line.toString();
    }
}
