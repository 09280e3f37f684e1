package org.raspworkbench.app.export;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.LayerBlock;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.figures.ColorMap;
import org.raspworkbench.ui.figures.Figure;
import org.raspworkbench.ui.figures.TraceFigures;

/**
 * Which figure the heatmap command draws: one snapshot, all of them, or one head's attention.
 * {@code snapshot} -1 means the last one (the stream the unembedding reads).
 */
record HeatmapRequest(int snapshot, boolean all, Optional<int[]> head, Optional<ColorMap> map) {

    /** Parses {@code L.H}; empty when it is not two whole numbers. */
    static Optional<int[]> parseHead(String text) {
        String[] parts = text.trim().split("\\.");
        if (parts.length != 2) return Optional.empty();
        try {
            return Optional.of(new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A message when the request does not fit the model, else empty. */
    Optional<String> problem(CompiledModel model) {
        int layers = model.config().layers();
        int snapshots = 1 + 2 * layers;
        if (head.isPresent()) {
            int l = head.get()[0];
            int h = head.get()[1];
            if (l < 0 || l >= layers) {
                return Optional.of("--attention " + l + "." + h + ": the model has layers 0.." + (layers - 1));
            }
            if (h < 0 || h >= model.config().heads()) {
                return Optional.of("--attention " + l + "." + h + ": the model has heads 0.." + (model.config().heads() - 1));
            }
        } else if (!all && (snapshot < -1 || snapshot >= snapshots)) {
            return Optional.of("--snapshot " + snapshot + ": the model has snapshots 0.." + (snapshots - 1)
                    + " (0 = embeddings, 2L+1 = after attn L, 2L+2 = after mlp L)");
        }
        return Optional.empty();
    }

    Figure figure(String program, CompiledModel model, ForwardTrace trace) {
        List<Value> input = trace.input();
        String bos = model.program().settings().bos();
        if (head.isPresent()) {
            int l = head.get()[0];
            int h = head.get()[1];
            LayerBlock block = model.block(l, BlockKind.ATTENTION);
            Optional<String> sop = h < block.sops().size() ? Optional.of(block.sops().get(h).name()) : Optional.empty();
            return TraceFigures.attention(program, l, h, sop, input, bos, trace.attention().get(l).get(h),
                    map.orElse(ColorMap.VIRIDIS));
        }
        var scale = TraceFigures.scaleFor(trace.snapshots(), map);
        if (all) return TraceFigures.strip(program, model.residual(), input, bos, trace.snapshots(), scale);
        int k = snapshot == -1 ? trace.snapshots().size() - 1 : snapshot;
        return TraceFigures.residual(program, model.residual(), input, bos, trace.snapshots(), k, scale);
    }
}
