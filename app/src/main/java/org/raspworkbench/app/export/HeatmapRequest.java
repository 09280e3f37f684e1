package org.raspworkbench.app.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.LayerBlock;
import org.raspworkbench.core.model.SnapshotNumbering;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.figures.AttentionPattern;
import org.raspworkbench.ui.figures.ColorMap;
import org.raspworkbench.ui.figures.Emphasis;
import org.raspworkbench.ui.figures.FigureSheet;
import org.raspworkbench.ui.figures.ResidualSelection;
import org.raspworkbench.ui.figures.Scale;
import org.raspworkbench.ui.figures.TraceFigures;

/**
 * Which figure the heatmap command draws: residual snapshots ({@code snapshots} empty and not
 * {@code all}: the last one, the stream the unembedding reads), limited to the rows of {@code sops}
 * and {@code labels} when either is given; or attention heads in a grid of {@code columns} (0: the
 * default).
 */
record HeatmapRequest(List<Integer> snapshots, boolean all, List<HeadChoice> heads, Optional<ColorMap> map,
                      Set<String> sops, Set<String> labels, int columns) {

    /** {@code L.H}, or every head layer {@code L} uses when {@code head} is empty. */
    record HeadChoice(int layer, Optional<Integer> head) {
        @Override
        public String toString() {
            return layer + head.map(h -> "." + h).orElse("");
        }
    }

    HeatmapRequest {
        snapshots = List.copyOf(snapshots);
        heads = List.copyOf(heads);
        sops = Set.copyOf(sops);
        labels = Set.copyOf(labels);
    }

    /** Parses {@code L.H[,L.H|L...]}; empty when an item is neither a layer nor layer.head. */
    static Optional<List<HeadChoice>> parseHeads(String text) {
        List<HeadChoice> out = new ArrayList<>();
        for (String item : text.split(",")) {
            String[] parts = item.trim().split("\\.", -1);
            try {
                if (parts.length == 1) out.add(new HeadChoice(Integer.parseInt(parts[0]), Optional.empty()));
                else if (parts.length == 2) out.add(new HeadChoice(Integer.parseInt(parts[0]), Optional.of(Integer.parseInt(parts[1]))));
                else return Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** Parses {@code K[,K...]}; empty when an item is not a whole number. */
    static Optional<List<Integer>> parseSnapshots(String text) {
        List<Integer> out = new ArrayList<>();
        try {
            for (String item : text.split(",")) out.add(Integer.parseInt(item.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(out);
    }

    /** Comma-separated names, blanks dropped. */
    static Set<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) return out;
        for (String s : text.split(",")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }

    /** A message when the request does not fit the model, else empty. */
    Optional<String> problem(CompiledModel model) {
        int layers = model.config().layers();
        int snapshotCount = SnapshotNumbering.count(layers);
        for (HeadChoice c : heads) {
            if (c.layer() < 0 || c.layer() >= layers) {
                return Optional.of("--attention " + c + ": the model has layers 0.." + (layers - 1));
            }
            if (c.head().isPresent() && (c.head().get() < 0 || c.head().get() >= model.config().heads())) {
                return Optional.of("--attention " + c + ": the model has heads 0.." + (model.config().heads() - 1));
            }
            if (c.head().isEmpty() && usedHeads(model, c.layer()) == 0) {
                return Optional.of("--attention " + c + ": layer " + c.layer() + " uses no attention head");
            }
        }
        for (int k : snapshots) {
            if (k < 0 || k >= snapshotCount) {
                return Optional.of("--snapshot " + k + ": the model has snapshots 0.." + (snapshotCount - 1)
                        + " (0 = embeddings, 2L+1 = after attn L, 2L+2 = after mlp L)");
            }
        }
        Set<String> sopNames = new TreeSet<>();
        Set<String> rowLabels = new LinkedHashSet<>();
        for (BasisDirection d : model.residual()) {
            sopNames.add(d.name());
            rowLabels.add(d.label());
        }
        for (String s : sops) {
            if (!sopNames.contains(s)) {
                return Optional.of("--sops " + s + ": no residual direction belongs to " + s + "; the groups are "
                        + String.join(", ", sopNames));
            }
        }
        for (String l : labels) {
            if (!rowLabels.contains(l)) {
                return Optional.of("--rows " + l + ": the residual has no direction labelled so (labels look like "
                        + model.residual().get(0).label() + ")");
            }
        }
        return Optional.empty();
    }

    FigureSheet sheet(String program, CompiledModel model, ForwardTrace trace) {
        List<Value> input = trace.input();
        String bos = model.program().settings().bos();
        if (!heads.isEmpty()) {
            List<AttentionPattern> patterns = new ArrayList<>();
            for (HeadChoice c : heads) {
                LayerBlock block = model.block(c.layer(), BlockKind.ATTENTION);
                List<Integer> chosen = new ArrayList<>();
                if (c.head().isPresent()) chosen.add(c.head().get());
                else for (int h = 0; h < usedHeads(model, c.layer()); h++) chosen.add(h);
                for (int h : chosen) {
                    Optional<String> sop = h < block.sops().size() ? Optional.of(block.sops().get(h).name()) : Optional.empty();
                    patterns.add(TraceFigures.attention(program, c.layer(), h, sop, input, bos,
                            trace.attention().get(c.layer()).get(h), map.orElse(ColorMap.VIRIDIS)));
                }
            }
            return columns > 0 ? new FigureSheet(List.copyOf(patterns), columns) : FigureSheet.grid(patterns);
        }
        Scale scale = TraceFigures.scaleFor(trace.snapshots(), map);
        int count = trace.snapshots().size();
        List<Integer> ks = all ? ResidualSelection.allRows(count) : snapshots.isEmpty() ? List.of(count - 1) : snapshots;
        List<Integer> rows = sops.isEmpty() && labels.isEmpty()
                ? ResidualSelection.allRows(model.residual().size())
                : ResidualSelection.rowsOf(model.residual(), sops, labels);
        return FigureSheet.of(TraceFigures.residual(program, model.residual(), input, bos, trace.snapshots(),
                new ResidualSelection(ks, rows), scale, Emphasis.NONE));
    }

    private static int usedHeads(CompiledModel model, int layer) {
        return Math.min(model.block(layer, BlockKind.ATTENTION).width(), model.config().heads());
    }
}
