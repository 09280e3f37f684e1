package org.raspworkbench.ui.figures;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Where the figures of a {@link FigureSheet} go on a page of a {@link PrintSize}. The page is
 * measured in figure units (96 per inch); figures are laid out in layout units, {@link PrintSize#scale()}
 * page units each, so labels print at the asked point size whatever the width.
 */
final class SheetLayout {
    static final double UNITS_PER_INCH = 96;
    /** Space between the figures of a grid, in layout units. */
    private static final double GAP = 12;

    final double pageWidth;
    final double pageHeight;
    final double scale;
    final double cellWidth;
    final double cellHeight;
    private final FigureSheet sheet;

    private SheetLayout(FigureSheet sheet, double scale, double cellWidth, double cellHeight) {
        this.sheet = sheet;
        this.scale = scale;
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
        this.pageWidth = (sheet.columns() * cellWidth + (sheet.columns() - 1) * GAP) * scale;
        this.pageHeight = (sheet.rows() * cellHeight + (sheet.rows() - 1) * GAP) * scale;
    }

    static SheetLayout of(FigureSheet sheet, PrintSize size) {
        double s = size.scale();
        int cols = sheet.columns();
        int rows = sheet.rows();
        double naturalCell = 0;
        for (Figure f : sheet.figures()) naturalCell = Math.max(naturalCell, FigureRenderer.preferredSize(f).width);
        double cw = size.width().map(w -> (w.toInches() * UNITS_PER_INCH / s - (cols - 1) * GAP) / cols).orElse(naturalCell);
        if (cw < 20) {
            throw new IllegalArgumentException("at " + fmt(size.fontPt()) + " pt the labels leave no room in that width;"
                    + " choose a wider figure or a smaller font");
        }
        FigureSheet titled = TitleFit.fit(sheet, cw);
        double ch;
        if (size.height().isPresent()) {
            ch = (size.height().get().toInches() * UNITS_PER_INCH / s - (rows - 1) * GAP) / rows;
            if (ch < 20) throw new IllegalArgumentException("that height leaves no room for the figure; choose a taller one");
        } else {
            ch = 0;
            for (Figure f : titled.figures()) ch = Math.max(ch, naturalHeight(f, cw));
        }
        return new SheetLayout(titled, s, cw, ch);
    }

    /** Page size in whole figure units (PNG pixels at 96 DPI, SVG px). */
    Dimension pageUnits() {
        return new Dimension((int) Math.max(1, Math.round(pageWidth)), (int) Math.max(1, Math.round(pageHeight)));
    }

    /** Draws the sheet on a white page of {@code pageWidth x pageHeight} in {@code g}'s user space. */
    void paint(Graphics2D g) {
        Graphics2D page = (Graphics2D) g.create();
        try {
            page.setColor(Color.WHITE);
            page.fill(new Rectangle2D.Double(0, 0, pageWidth, pageHeight));
            page.scale(scale, scale);
            for (int i = 0; i < sheet.figures().size(); i++) {
                double x = (i % sheet.columns()) * (cellWidth + GAP);
                double y = (i / sheet.columns()) * (cellHeight + GAP);
                Graphics2D cell = (Graphics2D) page.create();
                try {
                    cell.translate(x, y);
                    cell.clip(new Rectangle2D.Double(0, 0, cellWidth, cellHeight));
                    FigureRenderer.draw(sheet.figures().get(i), cell, cellWidth, cellHeight);
                } finally {
                    cell.dispose();
                }
            }
        } finally {
            page.dispose();
        }
    }

    /**
     * The height at which {@code figure}, drawn {@code width} wide, keeps its natural row height
     * (residual rows fit their labels) or, for attention and circuit grids, square cells.
     */
    static double naturalHeight(Figure figure, double width) {
        Grid g = Grid.of(figure);
        double[] natural = FigureLayout.preferredSize(g);
        double rowHeight = FigureLayout.fit(g, natural[0], natural[1]).cellHeight;
        double h = natural[1];
        // The cell height is linear in the height once the margins settle: two or three rounds suffice.
        for (int round = 0; round < 4; round++) {
            FigureLayout l = FigureLayout.fit(g, width, h);
            double want = figure instanceof AttentionPattern || figure instanceof CircuitGrid ? l.cellWidth : rowHeight;
            double missing = (want - l.cellHeight) * g.rows();
            if (Math.abs(missing) < 0.25) break;
            h = Math.max(40, h + missing);
        }
        return Math.ceil(h);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
