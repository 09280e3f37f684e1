package org.raspworkbench.ui.figures;

/** Something {@link FigureRenderer} can draw: a titled grid of coloured cells with a colour bar. */
public sealed interface Figure permits ResidualHeatmap, SnapshotStrip, AttentionPattern, CircuitGrid,
        PatchSweepGrid {
    String title();

    Scale scale();
}
