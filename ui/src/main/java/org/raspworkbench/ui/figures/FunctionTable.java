package org.raspworkbench.ui.figures;

import java.util.List;

/**
 * An MLP's function as a table: one row per input (the input S-ops' values, then what the model's
 * weights give and what the program's function gives), a mark where they differ, and lines between
 * rows where a hidden unit of a numerical MLP switches (its breakpoints).
 *
 * @param headers the input S-ops' names, then the two result columns' headers
 * @param breaks  the lines between rows, each with its label
 */
public record FunctionTable(String title, List<String> headers, List<Row> rows, List<Break> breaks) implements Chart {
    /** How a row compares; {@code NOT_COMPARED} rows are drawn in a lighter colour. */
    public enum Mark { AGREES, DIFFERS, NOT_COMPARED }

    /** @param cells one text per header */
    public record Row(List<String> cells, Mark mark) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A line above row {@code beforeRow} (equal to the row count: below the last row). */
    public record Break(int beforeRow, String label) {
    }

    public FunctionTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        breaks = List.copyOf(breaks);
        for (Row r : rows) {
            if (r.cells().size() != headers.size()) {
                throw new IllegalArgumentException("a row has " + r.cells().size() + " cells for " + headers.size() + " headers");
            }
        }
    }

    public long mismatches() {
        return rows.stream().filter(r -> r.mark() == Mark.DIFFERS).count();
    }
}
