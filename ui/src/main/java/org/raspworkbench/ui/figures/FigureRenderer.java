package org.raspworkbench.ui.figures;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Draws figures on any {@link Graphics2D} (screen canvas, image, SVG, PDF) and says what lies under
 * a point of a drawing. The drawing fills {@code width x height} in the graphics' user space.
 */
public final class FigureRenderer {
    private FigureRenderer() {
    }

    public static void draw(Figure figure, Graphics2D g, double width, double height) {
        Grid grid = Grid.of(figure);
        Graphics2D copy = (Graphics2D) g.create();
        try {
            GridPainter.paint(grid, FigureLayout.fit(grid, width, height), copy);
        } finally {
            copy.dispose();
        }
    }

    /** The size at which cells have their natural size and every label fits (96 dpi pixels or points). */
    public static Dimension preferredSize(Figure figure) {
        double[] size = FigureLayout.preferredSize(Grid.of(figure));
        return new Dimension((int) size[0], (int) size[1]);
    }

    /** What lies under {@code (x, y)} of a drawing made at {@code width x height}: a cell or a label. */
    public static Optional<CellHit> hit(Figure figure, double width, double height, double x, double y) {
        Grid g = Grid.of(figure);
        FigureLayout l = FigureLayout.fit(g, width, height);
        double bottom = l.gridBottom(g);
        int row = (int) Math.floor((y - l.gridTop) / l.cellHeight);
        boolean inRows = y >= l.gridTop && y < bottom && row >= 0 && row < g.rows();
        if (inRows && x >= l.rowLabelLeft && x <= l.rowLabelRight + FigureStyle.GAP / 2) {
            return Optional.of(new CellHit(HitKind.ROW_LABEL, 0, row, -1, g.rowLabels().get(row), "", g.bandOf(row),
                    OptionalDouble.empty()));
        }
        for (int p = 0; p < g.panels().size(); p++) {
            double left = l.panelLeft[p];
            int column = (int) Math.floor((x - left) / l.cellWidth);
            if (x < left || column < 0 || column >= g.columns()) continue;
            if (inRows) {
                return Optional.of(new CellHit(HitKind.CELL, p, row, column, g.rowLabels().get(row),
                        g.columnLabels().get(column), g.bandOf(row),
                        OptionalDouble.of(g.panels().get(p).cells()[row][column])));
            }
            if (y >= l.columnLabelTop && y <= l.columnLabelTop + l.columnLabelHeight) {
                return Optional.of(new CellHit(HitKind.COLUMN_LABEL, p, -1, column, "", g.columnLabels().get(column),
                        Optional.empty(), OptionalDouble.empty()));
            }
        }
        return Optional.empty();
    }
}
