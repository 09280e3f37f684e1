package org.raspworkbench.ui.window;

import java.util.List;
import org.raspworkbench.ui.figures.ExportFormat;
import org.raspworkbench.ui.figures.PrintSize;

/**
 * What the user chose in the export dialog: format (DPI for PNG), printed size and label size,
 * snapshot indices and residual rows (residual figures), head indices into the offer and columns
 * (attention), and whether the IDE's selection and step emphasis are drawn (off by default: a paper
 * figure shows values, not the state of the IDE).
 */
public record ExportOptions(ExportFormat format, int dpi, PrintSize size, List<Integer> snapshots, List<Integer> rows,
                            List<Integer> heads, int columns, boolean withEmphasis) {
    public static final int DEFAULT_DPI = 300;
    /** The label size the dialog proposes, a common minimum for figure text in journals. */
    public static final double DEFAULT_FONT_PT = 8;

    public ExportOptions {
        snapshots = List.copyOf(snapshots);
        rows = List.copyOf(rows);
        heads = List.copyOf(heads);
    }

    public ExportOptions withFormat(ExportFormat f, int d) {
        return new ExportOptions(f, d, size, snapshots, rows, heads, columns, withEmphasis);
    }

    public ExportOptions withSize(PrintSize s) {
        return new ExportOptions(format, dpi, s, snapshots, rows, heads, columns, withEmphasis);
    }

    public ExportOptions withSnapshots(List<Integer> ks) {
        return new ExportOptions(format, dpi, size, ks, rows, heads, columns, withEmphasis);
    }

    public ExportOptions withRows(List<Integer> rs) {
        return new ExportOptions(format, dpi, size, snapshots, rs, heads, columns, withEmphasis);
    }

    public ExportOptions withHeads(List<Integer> hs, int cols) {
        return new ExportOptions(format, dpi, size, snapshots, rows, hs, cols, withEmphasis);
    }

    public ExportOptions withEmphasis(boolean on) {
        return new ExportOptions(format, dpi, size, snapshots, rows, heads, columns, on);
    }
}
