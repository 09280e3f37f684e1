package org.raspworkbench.ui.figures;

import java.util.List;

/**
 * A circuit of one head as a labelled matrix: the QK circuit (query values down, key values
 * across, the attention score in each cell) or the OV circuit (value directions down, output
 * directions across), with Tracr's residual labels on both axes.
 */
public record CircuitGrid(String title, String rowAxis, String columnAxis, List<String> rows, List<String> columns,
                          double[][] cells, Scale scale) implements Figure {
    public CircuitGrid {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = Arrays2.copy(cells);
        Arrays2.requireShape(cells, rows.size(), columns.size(), "circuit grid");
    }

    public CircuitGrid withScale(Scale s) {
        return new CircuitGrid(title, rowAxis, columnAxis, rows, columns, cells, s);
    }

    CircuitGrid withTitle(String t) {
        return new CircuitGrid(t, rowAxis, columnAxis, rows, columns, cells, scale);
    }
}
