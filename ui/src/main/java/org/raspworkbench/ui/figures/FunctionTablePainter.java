package org.raspworkbench.ui.figures;

import static org.raspworkbench.ui.figures.FigureStyle.*;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** Lays out and paints a {@link FunctionTable} at its natural size. */
final class FunctionTablePainter {
    /** A mismatch: a translucent red that reads on the light and the dark background alike. */
    static final Color MISMATCH_FILL = new Color(0xE0, 0x31, 0x31, 0x48);
    static final Color MISMATCH_MARK = new Color(0xC9, 0x2A, 0x2A);
    static final Color NOT_COMPARED = new Color(0x86, 0x8E, 0x96);
    private static final Color BREAK = SELECTED_OUTLINE;
    private static final BasicStroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {4, 3}, 0);
    private static final double CELL_PAD = 6;
    private static final String CROSS = "\u2717";

    private final FunctionTable t;
    private final Font bold = LABEL.deriveFont(Font.BOLD);
    private final double rowHeight = height(LABEL) + 4;
    private final double[] columnWidth;
    private final double markWidth = width(LABEL, CROSS) + 2 * CELL_PAD;
    private final double breakLabelWidth;

    FunctionTablePainter(FunctionTable t) {
        this.t = t;
        columnWidth = new double[t.headers().size()];
        for (int c = 0; c < columnWidth.length; c++) {
            double w = width(bold, t.headers().get(c));
            for (FunctionTable.Row r : t.rows()) w = Math.max(w, width(LABEL, r.cells().get(c)));
            columnWidth[c] = w + 2 * CELL_PAD;
        }
        double b = 0;
        for (FunctionTable.Break br : t.breaks()) b = Math.max(b, width(LABEL, br.label()));
        breakLabelWidth = b == 0 ? 0 : b + GAP;
    }

    private double tableWidth() {
        double w = markWidth;
        for (double c : columnWidth) w += c;
        return w;
    }

    private double tableTop() {
        return PAD + height(TITLE) + GAP;
    }

    double[] size() {
        double w = Math.max(tableWidth() + breakLabelWidth, width(TITLE, t.title())) + 2 * PAD;
        double h = tableTop() + (t.rows().size() + 1) * rowHeight + PAD;
        return new double[] {w, h};
    }

    void paint(Graphics2D g, Palette palette) {
        g.setColor(palette.text());
        TextPainter.draw(g, TITLE, t.title(), PAD, PAD + height(TITLE) / 2, TextPainter.Align.LEFT);
        double top = tableTop();
        double left = PAD;
        double width = tableWidth();
        g.setColor(palette.bandOdd());
        g.fill(new Rectangle2D.Double(left, top, width, rowHeight));
        g.setColor(palette.text());
        double x = left;
        for (int c = 0; c < columnWidth.length; c++) {
            TextPainter.draw(g, bold, t.headers().get(c), x + CELL_PAD, top + rowHeight / 2, TextPainter.Align.LEFT);
            x += columnWidth[c];
        }
        for (int r = 0; r < t.rows().size(); r++) {
            FunctionTable.Row row = t.rows().get(r);
            double y = top + (r + 1) * rowHeight;
            if (row.mark() == FunctionTable.Mark.DIFFERS) {
                g.setColor(MISMATCH_FILL);
                g.fill(new Rectangle2D.Double(left, y, width, rowHeight));
            }
            Color text = row.mark() == FunctionTable.Mark.NOT_COMPARED ? NOT_COMPARED : palette.text();
            x = left;
            for (int c = 0; c < columnWidth.length; c++) {
                g.setColor(text);
                TextPainter.draw(g, LABEL, row.cells().get(c), x + CELL_PAD, y + rowHeight / 2, TextPainter.Align.LEFT);
                x += columnWidth[c];
            }
            if (row.mark() == FunctionTable.Mark.DIFFERS) {
                g.setColor(MISMATCH_MARK);
                TextPainter.draw(g, bold, CROSS, x + markWidth / 2, y + rowHeight / 2, TextPainter.Align.CENTER);
            }
        }
        g.setColor(palette.frame());
        g.setStroke(THIN);
        double bottom = top + (t.rows().size() + 1) * rowHeight;
        g.draw(new Rectangle2D.Double(left, top, width, bottom - top));
        g.draw(new Line2D.Double(left, top + rowHeight, left + width, top + rowHeight));
        // the columns of the inputs are separated from the results by a line
        int inputs = columnWidth.length - 2;
        double sep = left;
        for (int c = 0; c < inputs; c++) sep += columnWidth[c];
        if (inputs > 0) g.draw(new Line2D.Double(sep, top, sep, bottom));
        g.setStroke(DASHED);
        for (FunctionTable.Break br : t.breaks()) {
            double y = top + (br.beforeRow() + 1) * rowHeight;
            g.setColor(BREAK);
            g.draw(new Line2D.Double(left, y, left + width + GAP / 2, y));
            g.setColor(palette.text());
            TextPainter.draw(g, LABEL, br.label(), left + width + GAP, y, TextPainter.Align.LEFT);
        }
    }
}
