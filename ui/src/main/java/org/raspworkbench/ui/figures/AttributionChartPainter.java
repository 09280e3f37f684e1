package org.raspworkbench.ui.figures;

import static org.raspworkbench.ui.figures.FigureStyle.*;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Lays out and paints an {@link AttributionChart} at its natural size: panels in rows of up to
 * four, each with its component labels on the left, two bars per component and a value axis.
 */
final class AttributionChartPainter {
    /** matplotlib's tab10 blue and orange: told apart with every common colour-vision deficiency. */
    static final Color WINNER = new Color(0x1F77B4);
    static final Color RUNNER_UP = new Color(0xFF7F0E);
    private static final int COLUMNS = 4;
    private static final double PLOT = 220;
    private static final double BAR = 7;
    private static final double ROW = 2 * BAR + 6;

    private final AttributionChart c;
    private final Font bold = LABEL.deriveFont(Font.BOLD);
    private final double labelWidth;
    private final double panelWidth;
    private final double panelHeight;
    private final int columns;
    private final Scale range;

    AttributionChartPainter(AttributionChart c) {
        this.c = c;
        double lw = 0;
        int rows = 0;
        double lo = 0;
        double hi = 0;
        double titles = 0;
        for (AttributionChart.Panel p : c.panels()) {
            rows = Math.max(rows, p.bars().size());
            titles = Math.max(titles, width(bold, p.title()));
            for (AttributionChart.Bar b : p.bars()) {
                lw = Math.max(lw, width(LABEL, b.label()));
                for (double v : new double[] {b.winner(), b.runnerUp()}) {
                    if (Double.isNaN(v)) continue;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        labelWidth = lw;
        // one scale for every panel, so bars compare across positions
        range = new Scale(ColorMap.GREYS, lo, hi > lo ? hi : lo + 1);
        panelWidth = Math.max(labelWidth + GAP + PLOT, titles) + PAD;
        panelHeight = height(bold) + GAP + rows * ROW + GAP + height(LABEL) + PAD;
        columns = Math.min(COLUMNS, c.panels().size());
    }

    private double header() {
        return PAD + height(TITLE) + GAP + height(LABEL) + GAP;
    }

    double[] size() {
        int rows = (c.panels().size() + columns - 1) / columns;
        double w = Math.max(columns * panelWidth, width(TITLE, c.title())) + 2 * PAD;
        return new double[] {w, header() + rows * panelHeight + PAD};
    }

    void paint(Graphics2D g, Palette palette) {
        g.setColor(palette.text());
        TextPainter.draw(g, TITLE, c.title(), PAD, PAD + height(TITLE) / 2, TextPainter.Align.LEFT);
        double legendY = PAD + height(TITLE) + GAP + height(LABEL) / 2;
        double x = PAD;
        for (int i = 0; i < 2; i++) {
            String text = i == 0 ? c.winnerLegend() : c.runnerUpLegend();
            if (text.isEmpty()) continue;
            g.setColor(i == 0 ? WINNER : RUNNER_UP);
            g.fill(new Rectangle2D.Double(x, legendY - BAR / 2, 2 * BAR, BAR));
            g.setColor(palette.text());
            TextPainter.draw(g, LABEL, text, x + 2 * BAR + GAP / 2, legendY, TextPainter.Align.LEFT);
            x += 2 * BAR + GAP + width(LABEL, text) + 2 * GAP;
        }
        for (int i = 0; i < c.panels().size(); i++) {
            double left = PAD + (i % columns) * panelWidth;
            double top = header() + (i / columns) * panelHeight;
            panel(g, palette, c.panels().get(i), left, top);
        }
    }

    private double xOf(double plotLeft, double v) {
        return plotLeft + range.fraction(v) * PLOT;
    }

    private void panel(Graphics2D g, Palette palette, AttributionChart.Panel p, double left, double top) {
        g.setColor(palette.text());
        TextPainter.draw(g, bold, p.title(), left, top + height(bold) / 2, TextPainter.Align.LEFT);
        double plotLeft = left + labelWidth + GAP;
        double plotTop = top + height(bold) + GAP;
        double plotBottom = plotTop + p.bars().size() * ROW;
        for (int r = 0; r < p.bars().size(); r++) {
            AttributionChart.Bar b = p.bars().get(r);
            double y = plotTop + r * ROW;
            if (r % 2 == 1) {
                g.setColor(palette.bandOdd());
                g.fill(new Rectangle2D.Double(left, y, plotLeft + PLOT - left, ROW));
            }
            g.setColor(palette.text());
            TextPainter.draw(g, LABEL, b.label(), plotLeft - GAP, y + ROW / 2, TextPainter.Align.RIGHT);
            bar(g, plotLeft, y + 3, b.winner(), WINNER);
            if (!Double.isNaN(b.runnerUp())) bar(g, plotLeft, y + 3 + BAR, b.runnerUp(), RUNNER_UP);
        }
        g.setColor(palette.frame());
        g.setStroke(THIN);
        g.draw(new Rectangle2D.Double(plotLeft, plotTop, PLOT, plotBottom - plotTop));
        double zero = xOf(plotLeft, 0);
        g.setColor(palette.separator());
        g.draw(new Line2D.Double(zero, plotTop, zero, plotBottom));
        g.setColor(palette.text());
        for (double v : Ticks.of(range)) {
            double tx = xOf(plotLeft, v);
            g.draw(new Line2D.Double(tx, plotBottom, tx, plotBottom + 3));
            TextPainter.draw(g, LABEL, Ticks.format(v), tx, plotBottom + 3 + height(LABEL) / 2, TextPainter.Align.CENTER);
        }
    }

    private void bar(Graphics2D g, double plotLeft, double y, double v, Color colour) {
        if (v == 0) return;
        double a = xOf(plotLeft, 0);
        double b = xOf(plotLeft, v);
        g.setColor(colour);
        // a share too small to see still shows as a hairline
        double w = Math.max(Math.abs(b - a), 0.75);
        g.fill(new Rectangle2D.Double(Math.min(a, b) - (b < a ? w - Math.abs(b - a) : 0), y, w, BAR));
    }
}
