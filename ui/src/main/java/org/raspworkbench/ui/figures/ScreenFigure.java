package org.raspworkbench.ui.figures;

import static org.raspworkbench.ui.figures.FigureStyle.*;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * A figure laid out at a chosen cell size for a screen viewport, cut into the parts that stay
 * fixed while the cells scroll: row labels (left), title and column labels (top), colour bar
 * (right). Each part paints only the window it is asked for, through the same {@link GridPainter}
 * and {@link FigureLayout} as an export, so a cell has the same colour on screen and on paper.
 * Coordinates of the cells part start at the first cell's top-left; {@code 0..cellsWidth()} spans
 * every panel with the gaps between them.
 */
public final class ScreenFigure {
    /** Room at the left of the row labels for a group's disclosure triangle. */
    static final double DISCLOSURE = 14;
    private static final String OUTPUT_MARK = "output";

    private final Grid grid;
    private final FigureLayout layout;
    private final Palette palette;
    private final Predicate<String> collapsed;

    private ScreenFigure(Grid grid, FigureLayout layout, Palette palette, Predicate<String> collapsed) {
        this.grid = grid;
        this.layout = layout;
        this.palette = palette;
        this.collapsed = collapsed;
    }

    /** The figure at its natural cell size. */
    public static ScreenFigure of(Figure figure, Palette palette, Predicate<String> collapsed) {
        Grid g = Grid.of(figure);
        double[] cell = FigureLayout.preferredCell(g);
        return new ScreenFigure(g, FigureLayout.atCellSize(g, cell[0], cell[1]), palette, collapsed);
    }

    /** The same figure with cells of another size (labels resized to suit). */
    public ScreenFigure withCellSize(double cellWidth, double cellHeight) {
        if (cellWidth == layout.cellWidth && cellHeight == layout.cellHeight) return this;
        return new ScreenFigure(grid, FigureLayout.atCellSize(grid, cellWidth, cellHeight), palette, collapsed);
    }

    public double[] preferredCellSize() {
        return FigureLayout.preferredCell(grid);
    }

    /** The cell size at which the cells (every panel and the gaps between) fill {@code width x height}. */
    public double[] cellSizeFilling(double width, double height) {
        int n = grid.panels().size();
        double cw = (width - (n - 1) * PANEL_GAP) / Math.max(1, n * grid.columns());
        double ch = height / Math.max(1, grid.rows());
        return new double[] {Math.max(0.1, cw), Math.max(0.1, ch)};
    }

    public double cellWidth() { return layout.cellWidth; }
    public double cellHeight() { return layout.cellHeight; }
    public int rows() { return grid.rows(); }
    public int columns() { return grid.columns(); }
    public int panels() { return grid.panels().size(); }
    public Palette palette() { return palette; }

    /** Width of the cell area: every panel and the gaps between them. */
    public double cellsWidth() {
        return layout.panelLeft[layout.panelLeft.length - 1] + layout.panelWidth(grid) - layout.panelLeft[0];
    }

    public double cellsHeight() {
        return grid.rows() * layout.cellHeight;
    }

    /** Width of the fixed part on the left: axis title, group disclosures and row labels. */
    public double rowLabelsWidth() {
        return layout.panelLeft[0] + DISCLOSURE + (grid.emphasis().outputSop().isPresent() ? outputMarkWidth() : 0);
    }

    private static double outputMarkWidth() {
        return width(AXIS, OUTPUT_MARK) + GAP;
    }

    /** Height of the fixed part on top: title, panel titles and column labels. */
    public double headerHeight() {
        return layout.gridTop + layout.columnLabelHeight + GAP;
    }

    public double colorBarWidth() {
        return layout.width - layout.panelLeft[layout.panelLeft.length - 1] - layout.panelWidth(grid);
    }

    /** The left edge of panel {@code p} in cell coordinates, and its width. */
    public double[] panelSpan(int p) {
        return new double[] {layout.panelLeft[p] - layout.panelLeft[0], layout.panelWidth(grid)};
    }

    /** The top of {@code row} in cell coordinates. */
    public double rowTop(int row) {
        return row * layout.cellHeight;
    }

    /**
     * Paints the cells in the window {@code (x, y, w, h)} of cell coordinates at {@code (0, 0)} of
     * {@code g}, filling cell rectangles through {@code fill} (given in the same coordinates).
     */
    public void paintCells(Graphics2D g, CellFill fill, double x, double y, double w, double h) {
        double ox = layout.panelLeft[0] + x;
        double oy = layout.gridTop + y;
        Graphics2D gr = (Graphics2D) g.create();
        try {
            GridPainter painter = new GridPainter(grid, layout, gr, palette);
            gr.setColor(palette.background());
            gr.fill(new Rectangle2D.Double(0, 0, w, h));
            int fromRow = (int) Math.floor(y / layout.cellHeight);
            int toRow = (int) Math.ceil((y + h) / layout.cellHeight) + 1;
            // Cells go straight to the fill, in the untranslated coordinates of g.
            CellFill shifted = (cx, cy, cw, ch, rgb) -> fill.fill(cx - ox, cy - oy, cw, ch, rgb);
            for (int p = 0; p < grid.panels().size(); p++) {
                double px = layout.panelLeft[p] - layout.panelLeft[0];
                if (px > x + w || px + layout.panelWidth(grid) < x) continue;
                int fromColumn = (int) Math.floor((x - px) / layout.cellWidth);
                int toColumn = (int) Math.ceil((x + w - px) / layout.cellWidth) + 1;
                painter.paintCells(p, fromRow, toRow, fromColumn, toColumn, shifted);
            }
            fill.flush();
            gr.translate(-ox, -oy);
            for (int p = 0; p < grid.panels().size(); p++) painter.paintPanelDecorations(p, fromRow, toRow);
            painter.paintSeparators(fromRow, toRow);
        } finally {
            gr.dispose();
        }
    }

    /** Paints the row labels beside the rows in {@code y .. y + h} of cell coordinates, {@code w} wide. */
    public void paintRowLabels(Graphics2D g, double y, double w, double h) {
        double shift = rowLabelsWidth() - layout.panelLeft[0];
        Graphics2D gr = (Graphics2D) g.create();
        try {
            GridPainter painter = new GridPainter(grid, layout, gr, palette);
            painter.paintBackground(0, 0, w, h);
            gr.setColor(palette.text());
            TextPainter.drawUpwards(gr, AXIS, grid.rowAxis(), PAD + height(AXIS) / 2, h / 2, TextPainter.Align.CENTER);
            gr.translate(shift, -(layout.gridTop + y));
            int fromRow = (int) Math.floor(y / layout.cellHeight);
            int toRow = (int) Math.ceil((y + h) / layout.cellHeight) + 1;
            painter.paintBands(fromRow, toRow);
            painter.paintSeparators(fromRow, toRow);
            painter.paintRowLabels(fromRow, toRow);
            gr.translate(-shift, 0);
            paintGroupMarks(gr, fromRow, toRow);
        } finally {
            gr.dispose();
        }
    }

    /** A disclosure triangle at each group's first row, and the word "output" beside the output's. */
    private void paintGroupMarks(Graphics2D gr, int fromRow, int toRow) {
        double left = layout.rowLabelLeft;
        for (Grid.Band b : grid.bands()) {
            if (b.end() <= fromRow || b.start() >= toRow) continue;
            double top = layout.gridTop + b.start() * layout.cellHeight;
            double mid = top + Math.min(layout.cellHeight, 12) / 2;
            double size = Math.max(3, Math.min(8, layout.cellHeight * 0.6));
            gr.setColor(palette.text());
            boolean isCollapsed = collapsed.test(b.name());
            if (isCollapsed || b.end() - b.start() > 1) gr.fill(triangle(left + DISCLOSURE / 2, mid, size, isCollapsed));
            if (grid.emphasis().outputSop().map(b.name()::equals).orElse(false)) {
                TextPainter.draw(gr, AXIS, OUTPUT_MARK, left + DISCLOSURE, mid, TextPainter.Align.LEFT);
            }
        }
    }

    private static Shape triangle(double cx, double cy, double size, boolean pointsRight) {
        Path2D.Double t = new Path2D.Double();
        double r = size / 2;
        if (pointsRight) {
            t.moveTo(cx - r * 0.7, cy - r);
            t.lineTo(cx + r * 0.8, cy);
            t.lineTo(cx - r * 0.7, cy + r);
        } else {
            t.moveTo(cx - r, cy - r * 0.7);
            t.lineTo(cx + r, cy - r * 0.7);
            t.lineTo(cx, cy + r * 0.8);
        }
        t.closePath();
        return t;
    }

    /**
     * Paints the title (fixed at the left) and, for the columns in {@code x .. x + w} of cell
     * coordinates, the panel titles and column labels, in a strip {@code width} wide whose cells
     * lie between {@code cellsLeft} and {@code cellsRight}.
     */
    public void paintHeader(Graphics2D g, double x, double width, double cellsLeft, double cellsRight) {
        Graphics2D gr = (Graphics2D) g.create();
        try {
            GridPainter painter = new GridPainter(grid, layout, gr, palette);
            painter.paintBackground(0, 0, width, headerHeight());
            gr.translate(cellsLeft - layout.panelLeft[0] - x, 0);
            painter.paintPanelTitles(layout.gridTop - 2 - height(LABEL) / 2);
            painter.paintColumnLabels(layout.gridTop + GAP / 2, 0, grid.columns());
            gr.translate(-(cellsLeft - layout.panelLeft[0] - x), 0);
            // The corners hide labels of columns scrolled out of the cells' window on either side.
            double below = layout.gridTop - height(LABEL) - 2;
            painter.paintBackground(0, below, cellsLeft, headerHeight());
            painter.paintBackground(cellsRight, below, Math.max(0, width - cellsRight), headerHeight());
            gr.setColor(palette.text());
            TextPainter.draw(gr, TITLE, grid.title(), PAD, PAD + height(TITLE) / 2, TextPainter.Align.LEFT);
        } finally {
            gr.dispose();
        }
    }

    /** Paints the colour bar in a part {@code colorBarWidth() x h}. */
    public void paintColorBar(Graphics2D g, double h) {
        Graphics2D gr = (Graphics2D) g.create();
        try {
            GridPainter painter = new GridPainter(grid, layout, gr, palette);
            painter.paintBackground(0, 0, colorBarWidth(), h);
            double top = Math.min(GAP, h / 4);
            double barHeight = Math.max(10, h - 2 * top - height(LABEL));
            painter.paintColorBar(new Rectangle2D.Double(GAP + 4, top + height(LABEL) / 2, BAR_WIDTH, barHeight));
        } finally {
            gr.dispose();
        }
    }

    /** The cell under {@code (x, y)} of cell coordinates. */
    public Optional<CellHit> hitCell(double x, double y) {
        int row = rowAt(y);
        if (row < 0) return Optional.empty();
        for (int p = 0; p < grid.panels().size(); p++) {
            double px = layout.panelLeft[p] - layout.panelLeft[0];
            int column = (int) Math.floor((x - px) / layout.cellWidth);
            if (x < px || column >= grid.columns()) continue;
            return Optional.of(new CellHit(HitKind.CELL, p, row, column, grid.rowLabels().get(row),
                    grid.columnLabels().get(column), grid.bandOf(row),
                    OptionalDouble.of(grid.panels().get(p).cells()[row][column])));
        }
        return Optional.empty();
    }

    /** The row label beside {@code y} of cell coordinates. */
    public Optional<CellHit> hitRowLabel(double y) {
        int row = rowAt(y);
        if (row < 0) return Optional.empty();
        return Optional.of(new CellHit(HitKind.ROW_LABEL, 0, row, -1, grid.rowLabels().get(row), "", grid.bandOf(row),
                OptionalDouble.empty()));
    }

    /** The column label over {@code x} of cell coordinates. */
    public Optional<CellHit> hitColumnLabel(double x) {
        for (int p = 0; p < grid.panels().size(); p++) {
            double px = layout.panelLeft[p] - layout.panelLeft[0];
            int column = (int) Math.floor((x - px) / layout.cellWidth);
            if (x < px || column >= grid.columns()) continue;
            return Optional.of(new CellHit(HitKind.COLUMN_LABEL, p, -1, column, "", grid.columnLabels().get(column),
                    Optional.empty(), OptionalDouble.empty()));
        }
        return Optional.empty();
    }

    /** The group whose disclosure triangle is at {@code (x, y)}: x in the row-label part, y in cell coordinates. */
    public Optional<String> disclosureAt(double x, double y) {
        double left = layout.rowLabelLeft;
        if (x < left - 2 || x > left + DISCLOSURE + 2) return Optional.empty();
        int row = rowAt(y);
        if (row < 0) return Optional.empty();
        for (Grid.Band b : grid.bands()) {
            if (b.start() == row && (b.end() - b.start() > 1 || collapsed.test(b.name()))) return Optional.of(b.name());
        }
        return Optional.empty();
    }

    private int rowAt(double y) {
        int row = (int) Math.floor(y / layout.cellHeight);
        return y < 0 || row >= grid.rows() ? -1 : row;
    }
}
