package org.raspworkbench.ui.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.model.SnapshotNumbering;
import org.raspworkbench.core.value.Value;

/**
 * Builds the figures of one forward pass from its residual snapshots and attention weights, with
 * the titles and names the IDE and the command line share. One scale spans every snapshot, so
 * stepping through a pass never changes what a colour means.
 */
public final class TraceFigures {
    private TraceFigures() {
    }

    /** {@code embeddings}, then {@code after attn L} and {@code after mlp L} for each layer. */
    public static List<String> snapshotNames(int layers) {
        List<String> names = new ArrayList<>();
        names.add("embeddings");
        for (int l = 0; l < layers; l++) {
            names.add("after attn " + l);
            names.add("after mlp " + l);
        }
        return names;
    }

    /** The token at each position: the BOS, then the input's {@code str()}. */
    public static List<String> positionLabels(String bos, List<Value> input) {
        List<String> labels = new ArrayList<>();
        labels.add(bos);
        for (Value v : input) labels.add(v.str());
        return labels;
    }

    /** Python's {@code repr} of the input list, for titles. */
    public static String inputText(List<Value> input) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (Value v : input) j.add(v.repr());
        return j.toString();
    }

    /** A range fitting all snapshots, in {@code map} or (empty) the automatic choice by sign. */
    public static Scale scaleFor(List<double[][]> snapshots, Optional<ColorMap> map) {
        double[][][] all = snapshots.toArray(double[][][]::new);
        return map.map(m -> Scale.fitting(m, all)).orElseGet(() -> Scale.automatic(all));
    }

    public static ResidualHeatmap residual(String program, List<BasisDirection> residual, List<Value> input, String bos,
                                           List<double[][]> snapshots, int k, Scale scale) {
        List<String> names = snapshotNames(SnapshotNumbering.layers(snapshots.size()));
        if (k < 0 || k >= snapshots.size()) {
            throw new IllegalArgumentException("snapshot " + k + " does not exist; there are " + snapshots.size()
                    + " (0 = embeddings .. " + (snapshots.size() - 1) + ")");
        }
        String title = program + ": residual " + names.get(k) + " on " + inputText(input);
        return new ResidualHeatmap(title, positionLabels(bos, input), DirectionGroup.of(residual),
                new SnapshotValues(names.get(k), snapshots.get(k)), scale, Emphasis.NONE);
    }

    public static SnapshotStrip strip(String program, List<BasisDirection> residual, List<Value> input, String bos,
                                      List<double[][]> snapshots, Scale scale) {
        List<String> names = snapshotNames(SnapshotNumbering.layers(snapshots.size()));
        List<SnapshotValues> all = new ArrayList<>();
        for (int k = 0; k < snapshots.size(); k++) all.add(new SnapshotValues(names.get(k), snapshots.get(k)));
        String title = program + ": residual stream on " + inputText(input);
        return new SnapshotStrip(title, positionLabels(bos, input), DirectionGroup.of(residual), all, scale, Emphasis.NONE);
    }

    /**
     * The part of the pass {@code selection} names: one snapshot as a heatmap, several as a strip,
     * only the chosen rows; {@code emphasis} (directions in full residual order) follows the rows kept.
     */
    public static Figure residual(String program, List<BasisDirection> residual, List<Value> input, String bos,
                                  List<double[][]> snapshots, ResidualSelection selection, Scale scale, Emphasis emphasis) {
        List<String> names = snapshotNames(SnapshotNumbering.layers(snapshots.size()));
        for (int k : selection.snapshots()) {
            if (k < 0 || k >= snapshots.size()) {
                throw new IllegalArgumentException("snapshot " + k + " does not exist; there are " + snapshots.size()
                        + " (0 = embeddings .. " + (snapshots.size() - 1) + ")");
            }
        }
        List<Integer> rows = selection.rows();
        for (int r : rows) {
            if (r < 0 || r >= residual.size()) {
                throw new IllegalArgumentException("residual direction " + r + " does not exist; there are " + residual.size());
            }
        }
        List<BasisDirection> kept = rows.stream().map(residual::get).toList();
        List<SnapshotValues> chosen = new ArrayList<>();
        for (int k : selection.snapshots()) chosen.add(new SnapshotValues(names.get(k), columns(snapshots.get(k), rows)));
        Emphasis e = keptEmphasis(emphasis, rows, kept);
        List<String> positions = positionLabels(bos, input);
        List<DirectionGroup> groups = DirectionGroup.of(kept);
        if (chosen.size() == 1) {
            String title = program + ": residual " + chosen.get(0).name() + " on " + inputText(input);
            return new ResidualHeatmap(title, positions, groups, chosen.get(0), scale, e);
        }
        String title = program + ": residual stream on " + inputText(input);
        return new SnapshotStrip(title, positions, groups, chosen, scale, e);
    }

    private static double[][] columns(double[][] byPosition, List<Integer> rows) {
        double[][] out = new double[byPosition.length][rows.size()];
        for (int p = 0; p < byPosition.length; p++) {
            for (int i = 0; i < rows.size(); i++) out[p][i] = byPosition[p][rows.get(i)];
        }
        return out;
    }

    private static Emphasis keptEmphasis(Emphasis emphasis, List<Integer> rows, List<BasisDirection> kept) {
        Set<Integer> written = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) if (emphasis.writtenDirections().contains(rows.get(i))) written.add(i);
        Optional<String> selected = emphasis.selectedSop().filter(s -> kept.stream().anyMatch(d -> d.name().equals(s)));
        return new Emphasis(selected, written);
    }

    /** Head {@code layer.head}'s pattern, titled {@code L1.H0: sop}, on 0..1 in {@code map}. */
    public static AttentionPattern attention(String program, int layer, int head, Optional<String> sop, List<Value> input,
                                             String bos, double[][] weights, ColorMap map) {
        String title = program + " L" + layer + ".H" + head + ": " + sop.orElse("unused head");
        List<String> tokens = positionLabels(bos, input);
        Scale scale = map.kind() == ColorMap.Kind.DIVERGING ? new Scale(map, -1, 1) : new Scale(map, 0, 1);
        return new AttentionPattern(title, tokens, tokens, weights, scale);
    }
}
