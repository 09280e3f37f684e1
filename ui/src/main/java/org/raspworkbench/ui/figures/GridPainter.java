package org.raspworkbench.ui.figures;

import static org.raspworkbench.ui.figures.FigureStyle.*;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;

/** Paints a {@link Grid} in a {@link FigureLayout}: title, cells, separators, labels, axes, colour bar. */
final class GridPainter {
    private final Grid g;
    private final FigureLayout l;
    private final Graphics2D gr;

    private GridPainter(Grid grid, FigureLayout layout, Graphics2D graphics) {
        this.g = grid;
        this.l = layout;
        this.gr = graphics;
    }

    static void paint(Grid grid, FigureLayout layout, Graphics2D graphics) {
        new GridPainter(grid, layout, graphics).paint();
    }

    private void paint() {
        gr.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        gr.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        gr.setColor(java.awt.Color.WHITE);
        gr.fill(new Rectangle2D.Double(0, 0, l.width, l.height));
        paintBands();
        gr.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        for (int p = 0; p < g.panels().size(); p++) paintCells(p);
        gr.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int p = 0; p < g.panels().size(); p++) paintPanelDecorations(p);
        paintSeparators();
        paintRowLabels();
        paintColumnLabels();
        paintTitles();
        ColorBarPainter.paint(gr, g.scale(), l.colorBar);
    }

    private double rowTop(int row) {
        return l.gridTop + row * l.cellHeight;
    }

    private void paintBands() {
        Optional<String> selected = g.emphasis().selectedSop();
        for (int i = 0; i < g.bands().size(); i++) {
            Grid.Band b = g.bands().get(i);
            boolean isSelected = selected.isPresent() && selected.get().equals(b.name());
            if (!isSelected && i % 2 == 0) continue;
            gr.setColor(isSelected ? SELECTED_BAND : BAND_ODD);
            gr.fill(new Rectangle2D.Double(l.rowLabelLeft, rowTop(b.start()), l.rowLabelRight + GAP / 2 - l.rowLabelLeft,
                    (b.end() - b.start()) * l.cellHeight));
        }
    }

    private void paintCells(int p) {
        double[][] cells = g.panels().get(p).cells();
        double left = l.panelLeft[p];
        for (int r = 0; r < g.rows(); r++) {
            double overlapY = r + 1 < g.rows() ? 0.4 : 0;
            for (int c = 0; c < g.columns(); c++) {
                double overlapX = c + 1 < g.columns() ? 0.4 : 0;
                gr.setColor(g.scale().color(cells[r][c]));
                gr.fill(new Rectangle2D.Double(left + c * l.cellWidth, rowTop(r), l.cellWidth + overlapX,
                        l.cellHeight + overlapY));
            }
        }
    }

    private void paintPanelDecorations(int p) {
        double left = l.panelLeft[p];
        double w = l.panelWidth(g);
        for (int r : g.emphasis().writtenDirections()) {
            if (r < 0 || r >= g.rows()) continue;
            gr.setColor(WRITTEN);
            gr.setStroke(SEPARATOR_STROKE);
            gr.draw(new Rectangle2D.Double(left + 0.75, rowTop(r) + 0.75, w - 1.5, l.cellHeight - 1.5));
        }
        gr.setColor(FRAME);
        gr.setStroke(THIN);
        gr.draw(new Rectangle2D.Double(left, l.gridTop, w, g.rows() * l.cellHeight));
        Optional<String> selected = g.emphasis().selectedSop();
        for (Grid.Band b : g.bands()) {
            if (selected.isEmpty() || !selected.get().equals(b.name())) continue;
            gr.setColor(SELECTED_OUTLINE);
            gr.setStroke(OUTLINE);
            gr.draw(new Rectangle2D.Double(left - 1, rowTop(b.start()) - 1, w + 2, (b.end() - b.start()) * l.cellHeight + 2));
        }
    }

    private void paintSeparators() {
        gr.setColor(SEPARATOR);
        gr.setStroke(SEPARATOR_STROKE);
        for (int i = 1; i < g.bands().size(); i++) {
            double y = rowTop(g.bands().get(i).start());
            gr.draw(new Line2D.Double(l.rowLabelLeft, y, l.rowLabelRight + GAP / 2, y));
            for (int p = 0; p < g.panels().size(); p++) {
                gr.draw(new Line2D.Double(l.panelLeft[p], y, l.panelLeft[p] + l.panelWidth(g), y));
            }
        }
    }

    private void paintRowLabels() {
        Font bold = l.rowFont.deriveFont(Font.BOLD);
        int step = labelStep(l.cellHeight);
        for (int r = 0; r < g.rows(); r++) {
            if (r % step != 0) continue;
            boolean written = g.emphasis().writtenDirections().contains(r);
            gr.setColor(written ? WRITTEN : TEXT);
            TextPainter.draw(gr, written ? bold : l.rowFont, g.rowLabels().get(r), l.rowLabelRight,
                    rowTop(r) + l.cellHeight / 2, TextPainter.Align.RIGHT);
        }
    }

    private void paintColumnLabels() {
        gr.setColor(TEXT);
        int step = l.rotateColumns ? labelStep(l.cellWidth) : 1;
        for (int p = 0; p < g.panels().size(); p++) {
            for (int c = 0; c < g.columns(); c++) {
                if (c % step != 0) continue;
                double cx = l.panelLeft[p] + (c + 0.5) * l.cellWidth;
                String text = g.columnLabels().get(c);
                if (l.rotateColumns) {
                    TextPainter.drawUpwards(gr, l.columnFont, text, cx, l.columnLabelTop, TextPainter.Align.RIGHT);
                } else {
                    TextPainter.draw(gr, l.columnFont, text, cx, l.columnLabelTop + height(l.columnFont) / 2,
                            TextPainter.Align.CENTER);
                }
            }
        }
    }

    /** Where cells are thinner than the smallest label, only every n-th label is drawn (hover names the rest). */
    private static int labelStep(double cell) {
        return cell >= MIN_LABEL_SIZE ? 1 : (int) Math.ceil(MIN_LABEL_SIZE / cell);
    }

    private void paintTitles() {
        gr.setColor(TEXT);
        double titleWidth = width(TITLE, g.title());
        double titleX = titleWidth + 2 * PAD > l.width ? PAD : (l.width - titleWidth) / 2;
        TextPainter.draw(gr, TITLE, g.title(), titleX, PAD + height(TITLE) / 2, TextPainter.Align.LEFT);
        if (g.panelTitles()) {
            List<String> titles = g.panels().stream().map(Grid.Panel::title).toList();
            PanelTitles.Fitted fitted = PanelTitles.fit(titles, l.panelWidth(g) - 2);
            for (int p = 0; p < titles.size(); p++) {
                TextPainter.draw(gr, fitted.font(), fitted.titles().get(p), l.panelLeft[p] + l.panelWidth(g) / 2,
                        l.gridTop - 2 - height(LABEL) / 2, TextPainter.Align.CENTER);
            }
        }
        double gridLeft = l.panelLeft[0];
        double gridRight = l.panelLeft[l.panelLeft.length - 1] + l.panelWidth(g);
        TextPainter.draw(gr, AXIS, g.columnAxis(), (gridLeft + gridRight) / 2,
                l.xAxisBaseline - ascent(AXIS) + height(AXIS) / 2, TextPainter.Align.CENTER);
        TextPainter.drawUpwards(gr, AXIS, g.rowAxis(), l.yAxisCenterX, (l.gridTop + l.gridBottom(g)) / 2,
                TextPainter.Align.CENTER);
    }
}
