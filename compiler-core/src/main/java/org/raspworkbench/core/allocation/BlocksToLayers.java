package org.raspworkbench.core.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.raspworkbench.core.craft.AttentionHead;
import org.raspworkbench.core.craft.CraftBlock;
import org.raspworkbench.core.craft.Mlp;
import org.raspworkbench.core.craft.SeriesWithResiduals;
import org.raspworkbench.core.graph.ProgramGraph;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;

/**
 * Tracr's layer allocation ({@code craft_graph_to_model.py}): each block goes to the layer its
 * longest path from the input asks for (attention in the first half of a layer, MLPs in the
 * second, a selector width's head and MLP in both halves of one layer), with Tracr's heuristic that
 * folds a depth holding only MLPs onto a preceding depth holding only attention; then the non-empty
 * half-layers are numbered the way Tracr names its modules.
 *
 * <p>Tracr functions followed (google-deepmind/tracr, {@code tracr/compiler/craft_graph_to_model.py}):
 * {@code compute_computational_depth} (see {@link ComputationalDepth}: selectors add no depth),
 * {@code _allocate_modules_to_layers} (depth per block, the attention-then-MLP condensing in
 * {@code condense}, then one attention and one MLP half-layer per depth, a residual block
 * ({@code _node_is_residual_block}) in both), and {@code craft_graph_to_model} (blocks of one
 * half-layer combined into a {@code MultiAttentionHead} or {@code MLP.combine_in_parallel}, empty
 * half-layers skipped).
 */
public final class BlocksToLayers {
    private enum Kind { ATTN, MLP, RESIDUAL }

    private BlocksToLayers() {
    }

    public static LayerAllocation run(CraftGraph craft) {
        ProgramGraph graph = craft.bases().graph();
        Map<Integer, Integer> computational = ComputationalDepth.of(graph);
        // keyed by node id: a record's hash would walk its whole subtree
        LinkedHashMap<Integer, Integer> depthOf = new LinkedHashMap<>();
        Map<Integer, Kind> kindOf = new HashMap<>();
        TreeMap<Integer, List<Integer>> byDepth = new TreeMap<>();
        for (SOp sop : graph.sops()) {
            Kind kind = craft.blockOf(sop).map(BlocksToLayers::kind).orElse(null);
            if (kind == null) continue;
            int d = computational.get(sop.id());
            kindOf.put(sop.id(), kind);
            depthOf.put(sop.id(), d);
            byDepth.computeIfAbsent(d, k -> new ArrayList<>()).add(sop.id());
        }
        if (depthOf.isEmpty()) {
            SOp out = graph.sink();
            throw new RaspException(ErrorKind.UNSUPPORTED, "the output '" + out.name()
                    + "' needs no layer (it is the input itself): Tracr cannot build a model that computes nothing",
                    graph.program().outputRange());
        }
        condense(byDepth, depthOf, kindOf);
        return new LayerAllocation(craft, number(halfLayers(craft, graph, depthOf, kindOf)));
    }

    private static Kind kind(CraftBlock b) {
        if (b instanceof AttentionHead) return Kind.ATTN;
        if (b instanceof Mlp) return Kind.MLP;
        if (b instanceof SeriesWithResiduals s && s.blocks().size() == 2 && s.blocks().get(0) instanceof AttentionHead
                && s.blocks().get(1) instanceof Mlp) {
            return Kind.RESIDUAL;
        }
        return null; // Tracr does not treat anything else as a model component
    }

    /** Tracr's heuristic: attention-only depth followed by MLP-only depth share one layer. */
    private static void condense(TreeMap<Integer, List<Integer>> byDepth, Map<Integer, Integer> depthOf,
                                 Map<Integer, Kind> kindOf) {
        int depth = byDepth.firstKey();
        int maxDepth = byDepth.lastKey();
        while (depth < maxDepth) {
            if (all(byDepth.get(depth), Kind.ATTN, kindOf) && all(byDepth.get(depth + 1), Kind.MLP, kindOf)) {
                for (int update = depth + 1; update <= maxDepth; update++) {
                    List<Integer> moving = byDepth.getOrDefault(update, List.of());
                    for (Integer s : moving) depthOf.put(s, update - 1);
                    byDepth.computeIfAbsent(update - 1, k -> new ArrayList<>()).addAll(moving);
                    byDepth.put(update, new ArrayList<>());
                }
                maxDepth--;
            }
            depth++;
        }
    }

    private static boolean all(List<Integer> sops, Kind kind, Map<Integer, Kind> kindOf) {
        if (sops == null) return true;
        for (Integer s : sops) {
            if (kindOf.get(s) != kind) return false;
        }
        return true;
    }

    /** Blocks per half-layer (even: attention, odd: MLP), in Tracr's order within each. */
    private static TreeMap<Integer, List<PlacedBlock>> halfLayers(CraftGraph craft, ProgramGraph graph,
                                                                  LinkedHashMap<Integer, Integer> depthOf,
                                                                  Map<Integer, Kind> kindOf) {
        Map<Integer, RaspExpr> byId = graph.byId();
        List<Map.Entry<Integer, Integer>> sorted = new ArrayList<>(depthOf.entrySet());
        sorted.sort(Comparator.comparingInt(Map.Entry::getValue)); // stable, as Python's sorted
        TreeMap<Integer, List<PlacedBlock>> half = new TreeMap<>();
        int currentLayer = 0;
        int currentDepth = 1;
        for (Map.Entry<Integer, Integer> e : sorted) {
            SOp sop = (SOp) byId.get(e.getKey());
            int depth = e.getValue();
            while (depth > currentDepth) {
                currentDepth++;
                currentLayer += 2;
            }
            if (depth != currentDepth) continue;
            CraftBlock block = craft.blockOf(sop).orElseThrow();
            Kind kind = kindOf.get(sop.id());
            if (kind == Kind.RESIDUAL) {
                List<CraftBlock> parts = ((SeriesWithResiduals) block).blocks();
                add(half, currentLayer, new PlacedBlock(sop, parts.get(0)));
                add(half, currentLayer + 1, new PlacedBlock(sop, parts.get(1)));
            } else {
                add(half, currentLayer + (kind == Kind.MLP ? 1 : 0), new PlacedBlock(sop, block));
            }
        }
        return half;
    }

    private static void add(TreeMap<Integer, List<PlacedBlock>> half, int layer, PlacedBlock b) {
        half.computeIfAbsent(layer, k -> new ArrayList<>()).add(b);
    }

    /**
     * Tracr names the non-empty half-layers in order, each with the next free module name of its kind
     * ({@code layer_i/attn}, {@code layer_i/mlp}), and the model has as many layers as the last name
     * says.
     */
    private static List<AllocatedLayer> number(TreeMap<Integer, List<PlacedBlock>> half) {
        Map<Integer, List<PlacedBlock>> attn = new HashMap<>();
        Map<Integer, List<PlacedBlock>> mlp = new HashMap<>();
        int slot = -1;
        for (Map.Entry<Integer, List<PlacedBlock>> e : half.entrySet()) {
            boolean isMlp = e.getKey() % 2 == 1;
            slot++;
            while ((slot % 2 == 1) != isMlp) slot++;
            (isMlp ? mlp : attn).put(slot / 2, e.getValue());
        }
        List<AllocatedLayer> layers = new ArrayList<>();
        for (int l = 0; l <= slot / 2; l++) {
            layers.add(new AllocatedLayer(l, attn.getOrDefault(l, List.of()), mlp.getOrDefault(l, List.of())));
        }
        return layers;
    }
}
