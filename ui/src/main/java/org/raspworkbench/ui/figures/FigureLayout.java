package org.raspworkbench.ui.figures;

import static org.raspworkbench.ui.figures.FigureStyle.*;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything of a {@link Grid} goes in a {@code width x height} box. Fonts keep their size
 * while they fit; cells take the space left, and labels shrink when cells get shorter than text.
 */
final class FigureLayout {
    final double width;
    final double height;
    final Font rowFont;
    final Font columnFont;
    final boolean rotateColumns;
    final double cellWidth;
    final double cellHeight;
    final double gridTop;
    final double[] panelLeft;
    final double rowLabelLeft;
    final double rowLabelRight;
    final double columnLabelTop;
    final double columnLabelHeight;
    final double xAxisBaseline;
    final double yAxisCenterX;
    final Rectangle2D colorBar;

    private FigureLayout(Grid g, double width, double height, Font rowFont, Font columnFont, Margins m) {
        this.width = width;
        this.height = height;
        this.rowFont = rowFont;
        this.columnFont = columnFont;
        this.rotateColumns = m.rotate;
        this.cellWidth = m.cellWidth;
        this.cellHeight = m.cellHeight;
        this.gridTop = m.top;
        int n = g.panels().size();
        this.panelLeft = new double[n];
        for (int i = 0; i < n; i++) panelLeft[i] = m.left + i * (g.columns() * cellWidth + PANEL_GAP);
        this.rowLabelRight = m.left - GAP;
        this.rowLabelLeft = PAD + height(AXIS) + GAP;
        this.columnLabelTop = gridTop + g.rows() * cellHeight + GAP / 2;
        this.columnLabelHeight = m.columnLabelHeight;
        this.xAxisBaseline = columnLabelTop + columnLabelHeight + GAP + ascent(AXIS);
        this.yAxisCenterX = PAD + height(AXIS) / 2;
        double gridRight = panelLeft[n - 1] + g.columns() * cellWidth;
        double barHeight = g.rows() * cellHeight;
        this.colorBar = new Rectangle2D.Double(gridRight + GAP + 4, gridTop, BAR_WIDTH, barHeight);
    }

    double gridBottom(Grid g) {
        return gridTop + g.rows() * cellHeight;
    }

    double panelWidth(Grid g) {
        return g.columns() * cellWidth;
    }

    /** The layout that fills {@code width x height}. */
    static FigureLayout fit(Grid g, double width, double height) {
        Font rowFont = LABEL;
        Font columnFont = LABEL;
        // Label sizes depend on cell sizes and cell sizes on label sizes: a few rounds settle it.
        for (int round = 0; round < 3; round++) {
            Margins m = Margins.fitting(g, rowFont, columnFont, width, height);
            rowFont = LABEL.deriveFont(fontSizeFor(m.cellHeight));
            columnFont = m.rotate ? LABEL.deriveFont(fontSizeFor(m.cellWidth)) : LABEL;
        }
        Margins m = Margins.fitting(g, rowFont, columnFont, width, height);
        return new FigureLayout(g, width, height, rowFont, columnFont, m);
    }

    /**
     * The layout whose cells are exactly {@code cellWidth x cellHeight}, labels sized for them as
     * {@link #fit} sizes them; the box is as large as that makes it (a screen viewport shows a window of it).
     */
    static FigureLayout atCellSize(Grid g, double cellWidth, double cellHeight) {
        Font rowFont = LABEL.deriveFont(fontSizeFor(cellHeight));
        Margins m = Margins.measure(g, rowFont, LABEL, cellWidth);
        Font columnFont = m.rotate ? LABEL.deriveFont(fontSizeFor(cellWidth)) : LABEL;
        if (m.rotate) m = Margins.measure(g, rowFont, columnFont, cellWidth);
        m = m.withCells(cellWidth, cellHeight);
        int n = g.panels().size();
        double w = m.left + n * g.columns() * cellWidth + (n - 1) * PANEL_GAP + m.right;
        double h = m.top + g.rows() * cellHeight + m.bottom;
        return new FigureLayout(g, w, h, rowFont, columnFont, m);
    }

    /** The size at which cells get their preferred size and every label fits. */
    static double[] preferredSize(Grid g) {
        int n = g.panels().size();
        double[] cell = preferredCell(g);
        double cw = cell[0];
        double ch = cell[1];
        Margins m = Margins.measure(g, LABEL, LABEL, cw);
        double w = m.left + n * g.columns() * cw + (n - 1) * PANEL_GAP + m.right;
        w = Math.max(w, width(TITLE, g.title()) + 2 * PAD);
        double h = m.top + g.rows() * ch + m.bottom;
        return new double[] {Math.ceil(w), Math.ceil(h)};
    }

    /** The natural cell size: the grid's preference, widened for its tokens and panel titles. */
    static double[] preferredCell(Grid g) {
        double cw = g.preferredCellWidth();
        double widestColumn = maxWidth(LABEL, g.columnLabels()) + 4;
        // Short tokens stay upright; long ones are turned rather than widening every cell.
        if (widestColumn <= 2 * cw) cw = Math.max(cw, widestColumn);
        if (g.panelTitles()) {
            double titles = g.panels().stream().mapToDouble(p -> width(LABEL, p.title())).max().orElse(0);
            cw = Math.max(cw, (titles + 4) / Math.max(1, g.columns()));
        }
        double ch = Math.max(g.preferredCellHeight(), MIN_BAR_HEIGHT / Math.max(1, g.rows()));
        return new double[] {cw, ch};
    }

    /**
     * The width of the widest label at {@code font}. Text is measured with fractional metrics, so
     * widths scale with the font size and the widest label is the same at every size: it is found
     * once per list of labels (a thousand labels take milliseconds, and zooming asks at every step).
     */
    static double widest(Font font, List<String> labels) {
        String widest;
        synchronized (WIDEST) {
            widest = WIDEST.get(labels);
        }
        if (widest == null) {
            widest = "";
            double w = -1;
            for (String t : labels) {
                double tw = width(LABEL, t);
                if (tw > w) {
                    w = tw;
                    widest = t;
                }
            }
            synchronized (WIDEST) {
                if (WIDEST.size() > 16) WIDEST.clear();
                WIDEST.put(List.copyOf(labels), widest);
            }
        }
        return width(font, widest);
    }

    private static final Map<List<String>, String> WIDEST = new HashMap<>();

    static float fontSizeFor(double cell) {
        return (float) Math.max(MIN_LABEL_SIZE, Math.min(LABEL_SIZE, cell * 0.8));
    }

    /** Space around the cells, given the label fonts and (when known) the cell width. */
    private record Margins(double left, double right, double top, double bottom, boolean rotate,
                           double columnLabelHeight, double cellWidth, double cellHeight) {
        static Margins measure(Grid g, Font rowFont, Font columnFont, Double cellWidth) {
            // Measured bold: the rows the current step wrote are labelled in bold.
            double left = PAD + height(AXIS) + GAP + widest(rowFont.deriveFont(Font.BOLD), g.rowLabels()) + GAP;
            String[] ticks = Ticks.labels(g.scale());
            double right = GAP + 4 + BAR_WIDTH + 4 + maxWidth(LABEL, Arrays.asList(ticks)) + PAD;
            double top = PAD + height(TITLE) + GAP + (g.panelTitles() ? height(LABEL) + 2 : 0);
            double widest = widest(columnFont, g.columnLabels());
            boolean rotate = cellWidth != null && widest > cellWidth - 2;
            double labels = rotate ? widest : height(columnFont);
            double bottom = GAP / 2 + labels + GAP + height(AXIS) + PAD;
            return new Margins(left, right, top, bottom, rotate, labels, cellWidth == null ? 0 : cellWidth, 0);
        }

        static Margins fitting(Grid g, Font rowFont, Font columnFont, double width, double height) {
            Margins m = measure(g, rowFont, columnFont, null);
            int n = g.panels().size();
            double cw = (width - m.left - m.right - (n - 1) * PANEL_GAP) / Math.max(1, n * g.columns());
            cw = Math.max(1, cw);
            m = measure(g, rowFont, columnFont, cw);
            double ch = Math.max(1, (height - m.top - m.bottom) / Math.max(1, g.rows()));
            return m.withCells(cw, ch);
        }

        Margins withCells(double w, double h) {
            return new Margins(left, right, top, bottom, rotate, columnLabelHeight, w, h);
        }
    }
}
