package org.raspworkbench.ui.figures;

import java.util.List;

/**
 * Direct attribution as horizontal bar charts, one panel per output position: for every component
 * (embeddings, each head, each MLP) a bar of what it wrote into the winning output direction and one
 * of what it wrote into the runner-up.
 */
public record AttributionChart(String title, String winnerLegend, String runnerUpLegend, List<Panel> panels)
        implements Chart {
    /** One output position. */
    public record Panel(String title, List<Bar> bars) {
        public Panel {
            bars = List.copyOf(bars);
        }
    }

    /** @param runnerUp NaN when the output has no runner-up (a numerical output) */
    public record Bar(String label, double winner, double runnerUp) {
    }

    public AttributionChart {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) throw new IllegalArgumentException("an attribution chart needs a position");
    }

    AttributionChart withTitle(String t) {
        return new AttributionChart(t, winnerLegend, runnerUpLegend, panels);
    }
}
