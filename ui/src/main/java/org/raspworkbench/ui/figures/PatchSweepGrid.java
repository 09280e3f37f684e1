package org.raspworkbench.ui.figures;

import java.util.List;

/**
 * The "patch every component" sweep: one row per component (grouped in bands by layer: heads,
 * MLP parts, S-op subspaces), one column per output position, each cell the effect on the output
 * of patching that one component from the corrupted run into the clean one ({@code measure}
 * names what a cell measures). {@code effects[component][position]}; components in
 * {@code layers} order.
 */
public record PatchSweepGrid(String title, List<DirectionGroup> layers, List<String> positions, double[][] effects,
                             String measure, Scale scale) implements Figure {
    public PatchSweepGrid {
        layers = List.copyOf(layers);
        positions = List.copyOf(positions);
        effects = Arrays2.copy(effects);
        Arrays2.requireShape(effects, DirectionGroup.width(layers), positions.size(), "patching sweep");
    }

    public PatchSweepGrid withScale(Scale s) {
        return new PatchSweepGrid(title, layers, positions, effects, measure, s);
    }

    public PatchSweepGrid withTitle(String t) {
        return new PatchSweepGrid(t, layers, positions, effects, measure, scale);
    }
}
