package org.raspworkbench.ui.figures;

import static org.raspworkbench.ui.figures.FigureStyle.*;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;

/**
 * Paints a {@link Grid} in a {@link FigureLayout}: title, cells, separators, labels, axes, colour bar.
 * Every part can be limited to a range of rows and columns, so that a screen viewport paints only
 * what it shows with the very code that paints an export.
 */
final class GridPainter {
    private final Grid g;
    private final FigureLayout l;
    private final Graphics2D gr;
    private final Palette palette;

    GridPainter(Grid grid, FigureLayout layout, Graphics2D graphics, Palette palette) {
        this.g = grid;
        this.l = layout;
        this.gr = graphics;
        this.palette = palette;
        gr.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        gr.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    static void paint(Grid grid, FigureLayout layout, Graphics2D graphics) {
        new GridPainter(grid, layout, graphics, Palette.LIGHT).paint();
    }

    private void paint() {
        paintBackground(0, 0, l.width, l.height);
        paintBands(0, g.rows());
        gr.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        CellFill fill = (x, y, w, h, rgb) -> {
            gr.setColor(new Color(rgb));
            gr.fill(new Rectangle2D.Double(x, y, w, h));
        };
        for (int p = 0; p < g.panels().size(); p++) paintCells(p, 0, g.rows(), 0, g.columns(), fill);
        gr.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int p = 0; p < g.panels().size(); p++) paintPanelDecorations(p, 0, g.rows());
        paintSeparators(0, g.rows());
        paintRowLabels(0, g.rows());
        paintColumnLabels(l.columnLabelTop, 0, g.columns());
        paintTitle(PAD + height(TITLE) / 2);
        paintPanelTitles(l.gridTop - 2 - height(LABEL) / 2);
        paintAxisTitles();
        ColorBarPainter.paint(gr, g.scale(), l.colorBar, palette);
    }

    void paintBackground(double x, double y, double w, double h) {
        gr.setColor(palette.background());
        gr.fill(new Rectangle2D.Double(x, y, w, h));
    }

    private double rowTop(int row) {
        return l.gridTop + row * l.cellHeight;
    }

    void paintBands(int from, int to) {
        Optional<String> selected = g.emphasis().selectedSop();
        Optional<String> output = g.emphasis().outputSop();
        for (int i = 0; i < g.bands().size(); i++) {
            Grid.Band b = g.bands().get(i);
            if (b.end() <= from || b.start() >= to) continue;
            boolean isSelected = selected.isPresent() && selected.get().equals(b.name());
            boolean isOutput = output.isPresent() && output.get().equals(b.name());
            if (!isSelected && !isOutput && i % 2 == 0) continue;
            gr.setColor(isSelected ? palette.selectedBand() : isOutput ? palette.outputBand() : palette.bandOdd());
            gr.fill(new Rectangle2D.Double(l.rowLabelLeft, rowTop(b.start()), l.rowLabelRight + GAP / 2 - l.rowLabelLeft,
                    (b.end() - b.start()) * l.cellHeight));
        }
    }

    /**
     * Rows {@code fromRow..toRow-1} and columns {@code fromColumn..toColumn-1} of panel {@code p}. A
     * little overlap between neighbours hides the seams viewers draw between touching vector
     * rectangles.
     */
    void paintCells(int p, int fromRow, int toRow, int fromColumn, int toColumn, CellFill fill) {
        double[][] cells = g.panels().get(p).cells();
        double left = l.panelLeft[p];
        Scale scale = g.scale();
        for (int r = Math.max(0, fromRow); r < Math.min(g.rows(), toRow); r++) {
            double overlapY = r + 1 < g.rows() ? 0.4 : 0;
            double top = rowTop(r);
            for (int c = Math.max(0, fromColumn); c < Math.min(g.columns(), toColumn); c++) {
                double overlapX = c + 1 < g.columns() ? 0.4 : 0;
                fill.fill(left + c * l.cellWidth, top, l.cellWidth + overlapX, l.cellHeight + overlapY,
                        scale.color(cells[r][c]).getRGB() & 0xFFFFFF);
            }
        }
    }

    void paintPanelDecorations(int p, int from, int to) {
        double left = l.panelLeft[p];
        double w = l.panelWidth(g);
        gr.setColor(palette.written());
        gr.setStroke(SEPARATOR_STROKE);
        for (int r : g.emphasis().writtenDirections()) {
            if (r < Math.max(0, from) || r >= Math.min(g.rows(), to)) continue;
            gr.draw(new Rectangle2D.Double(left + 0.75, rowTop(r) + 0.75, w - 1.5, l.cellHeight - 1.5));
        }
        boolean current = g.emphasis().currentPanel().orElse(-1) == p;
        gr.setColor(current ? palette.selectedOutline() : palette.frame());
        gr.setStroke(current ? OUTLINE : THIN);
        gr.draw(new Rectangle2D.Double(left, l.gridTop, w, g.rows() * l.cellHeight));
        Optional<String> selected = g.emphasis().selectedSop();
        for (Grid.Band b : g.bands()) {
            if (selected.isEmpty() || !selected.get().equals(b.name())) continue;
            gr.setColor(palette.selectedOutline());
            gr.setStroke(OUTLINE);
            gr.draw(new Rectangle2D.Double(left - 1, rowTop(b.start()) - 1, w + 2, (b.end() - b.start()) * l.cellHeight + 2));
        }
    }

    void paintSeparators(int from, int to) {
        gr.setColor(palette.separator());
        gr.setStroke(SEPARATOR_STROKE);
        for (int i = 1; i < g.bands().size(); i++) {
            int start = g.bands().get(i).start();
            if (start < from || start > to) continue;
            double y = rowTop(start);
            gr.draw(new Line2D.Double(l.rowLabelLeft, y, l.rowLabelRight + GAP / 2, y));
            for (int p = 0; p < g.panels().size(); p++) {
                gr.draw(new Line2D.Double(l.panelLeft[p], y, l.panelLeft[p] + l.panelWidth(g), y));
            }
        }
    }

    void paintRowLabels(int from, int to) {
        Font bold = l.rowFont.deriveFont(Font.BOLD);
        int step = labelStep(l.cellHeight);
        for (int r = Math.max(0, from); r < Math.min(g.rows(), to); r++) {
            if (r % step != 0) continue;
            boolean written = g.emphasis().writtenDirections().contains(r);
            gr.setColor(written ? palette.written() : palette.text());
            TextPainter.draw(gr, written ? bold : l.rowFont, g.rowLabels().get(r), l.rowLabelRight,
                    rowTop(r) + l.cellHeight / 2, TextPainter.Align.RIGHT);
        }
    }

    /** The tokens under (or, on screen, above) each panel's columns, starting at {@code top}. */
    void paintColumnLabels(double top, int from, int to) {
        gr.setColor(palette.text());
        int step = l.rotateColumns ? labelStep(l.cellWidth) : 1;
        for (int p = 0; p < g.panels().size(); p++) {
            for (int c = Math.max(0, from); c < Math.min(g.columns(), to); c++) {
                if (c % step != 0) continue;
                double cx = l.panelLeft[p] + (c + 0.5) * l.cellWidth;
                String text = g.columnLabels().get(c);
                if (l.rotateColumns) {
                    TextPainter.drawUpwards(gr, l.columnFont, text, cx, top, TextPainter.Align.RIGHT);
                } else {
                    TextPainter.draw(gr, l.columnFont, text, cx, top + height(l.columnFont) / 2,
                            TextPainter.Align.CENTER);
                }
            }
        }
    }

    /** Where cells are thinner than the smallest label, only every n-th label is drawn (hover names the rest). */
    static int labelStep(double cell) {
        return cell >= MIN_LABEL_SIZE ? 1 : (int) Math.ceil(MIN_LABEL_SIZE / cell);
    }

    void paintTitle(double middleY) {
        gr.setColor(palette.text());
        double titleWidth = width(TITLE, g.title());
        double titleX = titleWidth + 2 * PAD > l.width ? PAD : (l.width - titleWidth) / 2;
        TextPainter.draw(gr, TITLE, g.title(), titleX, middleY, TextPainter.Align.LEFT);
    }

    void paintPanelTitles(double middleY) {
        if (!g.panelTitles()) return;
        gr.setColor(palette.text());
        List<String> titles = g.panels().stream().map(Grid.Panel::title).toList();
        PanelTitles.Fitted fitted = PanelTitles.fit(titles, l.panelWidth(g) - 2);
        int current = g.emphasis().currentPanel().orElse(-1);
        for (int p = 0; p < titles.size(); p++) {
            gr.setColor(p == current ? palette.selectedOutline() : palette.text());
            TextPainter.draw(gr, p == current ? fitted.font().deriveFont(Font.BOLD) : fitted.font(), fitted.titles().get(p),
                    l.panelLeft[p] + l.panelWidth(g) / 2, middleY, TextPainter.Align.CENTER);
        }
    }

    private void paintAxisTitles() {
        gr.setColor(palette.text());
        double gridLeft = l.panelLeft[0];
        double gridRight = l.panelLeft[l.panelLeft.length - 1] + l.panelWidth(g);
        TextPainter.draw(gr, AXIS, g.columnAxis(), (gridLeft + gridRight) / 2,
                l.xAxisBaseline - ascent(AXIS) + height(AXIS) / 2, TextPainter.Align.CENTER);
        TextPainter.drawUpwards(gr, AXIS, g.rowAxis(), l.yAxisCenterX, (l.gridTop + l.gridBottom(g)) / 2,
                TextPainter.Align.CENTER);
    }

    void paintColorBar(Rectangle2D bar) {
        ColorBarPainter.paint(gr, g.scale(), bar, palette);
    }
}
