package org.raspworkbench.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.raspworkbench.core.allocation.AllocatedLayer;
import org.raspworkbench.core.allocation.BasesToBlocks;
import org.raspworkbench.core.allocation.LayerAllocation;
import org.raspworkbench.core.allocation.PlacedBlock;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.bases.ProgramBases;
import org.raspworkbench.core.craft.AttentionHead;
import org.raspworkbench.core.craft.Mlp;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.value.Value;

/**
 * Assembles the model from the allocated layers as Tracr's {@code assemble.py} and
 * {@code craft_model_to_transformer.py} do: residual space, configuration (heads and hidden units
 * are maxima over layers, the key size is {@link KeySize}'s), embeddings and unembedding, and each layer's blocks wired
 * to their residual columns. Checks the size limits from the configuration before anything large
 * exists; the dense weights are only assembled when asked for.
 */
public final class LayersToModel {
    private LayersToModel() {
    }

    public static CompiledModel run(LayerAllocation allocation, SizeLimits limits) {
        ProgramBases bases = allocation.craft().bases();
        ResidualLayout layout = ResidualLayout.of(allocation);
        List<LayerCircuit> circuits = new ArrayList<>();
        for (AllocatedLayer layer : allocation.layers()) circuits.add(circuit(layer, layout));
        ModelConfig config = config(circuits, layout, bases.graph().program().settings().causal());
        int maxSeqLen = bases.graph().program().settings().maxSeqLen();
        checkLimits(config, limits, layout, maxSeqLen, bases.graph().sink());

        List<LayerBlock> blocks = new ArrayList<>();
        for (LayerCircuit c : circuits) {
            List<SOp> headSops = new ArrayList<>();
            for (HeadCircuit h : c.heads()) headSops.add(h.sop());
            List<SOp> mlpSops = new ArrayList<>();
            for (MlpPart p : c.mlp()) mlpSops.add(p.sop());
            blocks.add(new LayerBlock(c.layer(), BlockKind.ATTENTION, c.heads().size(), headSops, List.of()));
            blocks.add(new LayerBlock(c.layer(), BlockKind.MLP, c.hiddenUnits().size(), mlpSops, c.hiddenUnits()));
        }
        List<SOpValueSet> valueSets = new ArrayList<>();
        for (SOp sop : bases.graph().sops()) valueSets.add(new SOpValueSet(sop, bases.valueSetOf(sop)));
        List<Value> tokenOrder = new ArrayList<>();
        for (BasisDirection d : layout.tokens().basis()) tokenOrder.add(d.value());
        SOp sink = bases.graph().sink();
        OutputSpec output = new OutputSpec(sink, sink.encoding(), layout.output().basis());
        Integer one = layout.index().get(BasesToBlocks.ONE);
        Embedding embedding = new Embedding(layout.columns(layout.tokens()), one == null ? -1 : one,
                layout.columns(layout.indices()), layout.columns(layout.output()));
        return new CompiledModel(bases.graph().program(), config, layout.residual(), layout.groups(), blocks,
                valueSets, tokenOrder, embedding, output, circuits);
    }

    private static LayerCircuit circuit(AllocatedLayer layer, ResidualLayout layout) {
        List<HeadCircuit> heads = new ArrayList<>();
        for (PlacedBlock b : layer.heads()) {
            AttentionHead h = (AttentionHead) b.block();
            heads.add(new HeadCircuit(b.sop(), h, layout.columns(h.qk().left()), layout.columns(h.qk().right()),
                    layout.columns(h.ov().input()), layout.columns(h.ov().output())));
        }
        List<BasisDirection> units = hiddenUnits(layer.mlps());
        Map<BasisDirection, Integer> unitIndex = new HashMap<>();
        for (int i = 0; i < units.size(); i++) unitIndex.put(units.get(i), i);
        List<MlpPart> parts = new ArrayList<>();
        for (PlacedBlock b : layer.mlps()) {
            Mlp m = (Mlp) b.block();
            List<BasisDirection> own = m.first().output().basis();
            int[] cols = new int[own.size()];
            for (int i = 0; i < cols.length; i++) cols[i] = unitIndex.get(own.get(i));
            parts.add(new MlpPart(b.sop(), m, layout.columns(m.first().input()), cols,
                    layout.columns(m.second().output())));
        }
        return new LayerCircuit(layer.layer(), heads, parts, units);
    }

    /** Tracr's {@code MLP.combine_in_parallel}: the sorted union of the parts' hidden directions. */
    private static List<BasisDirection> hiddenUnits(List<PlacedBlock> mlps) {
        if (mlps.size() == 1) {
            List<BasisDirection> only = ((Mlp) mlps.get(0).block()).first().output().basis();
            if (isSorted(only)) return only;
        }
        Set<BasisDirection> all = new HashSet<>();
        for (PlacedBlock b : mlps) all.addAll(((Mlp) b.block()).first().output().basis());
        List<BasisDirection> units = new ArrayList<>(all);
        units.sort(null);
        return units;
    }

    private static boolean isSorted(List<BasisDirection> dirs) {
        for (int i = 1; i < dirs.size(); i++) {
            if (dirs.get(i - 1).compareTo(dirs.get(i)) >= 0) return false;
        }
        return true;
    }

    /** Tracr's {@code _get_model_config_and_module_names}. */
    private static ModelConfig config(List<LayerCircuit> circuits, ResidualLayout layout, boolean causal) {
        int heads = 0;
        int hidden = 0;
        boolean anyAttention = false;
        boolean anyMlp = false;
        for (LayerCircuit c : circuits) {
            if (!c.heads().isEmpty()) {
                anyAttention = true;
                heads = Math.max(heads, c.heads().size());
            }
            if (!c.mlp().isEmpty()) {
                anyMlp = true;
                hidden = Math.max(hidden, c.hiddenUnits().size());
            }
        }
        if (!anyAttention) heads = 1;
        if (!anyMlp) hidden = 1;
        return new ModelConfig(circuits.size(), heads, KeySize.of(circuits).size(), hidden, layout.residual().size(), causal);
    }

    private static void checkLimits(ModelConfig c, SizeLimits limits, ResidualLayout layout, int maxSeqLen, SOp sink) {
        if (c.dModel() > limits.maxResidual()) {
            throw new RaspException(ErrorKind.LIMIT, "the model needs a residual stream of " + c.dModel()
                    + " directions, more than the limit of " + limits.maxResidual(), sink.range());
        }
        if (c.mlpHidden() > limits.maxHidden()) {
            throw new RaspException(ErrorKind.LIMIT, "the model needs " + c.mlpHidden()
                    + " hidden units in one MLP layer, more than the limit of " + limits.maxHidden(), sink.range());
        }
        long trace = (long) c.dModel() * (maxSeqLen + 1L) * (2L * c.layers() + 1);
        if (trace > limits.maxTraceValues()) {
            throw new RaspException(ErrorKind.LIMIT, "a forward trace of the longest input would hold " + trace
                    + " residual values, more than the limit of " + limits.maxTraceValues(), sink.range());
        }
        long params = c.parameterCount(layout.tokens().dim(), maxSeqLen, layout.output().dim());
        if (params > limits.maxTotalWeights()) {
            throw new RaspException(ErrorKind.LIMIT, "the model would have " + params
                    + " weights, more than the limit of " + limits.maxTotalWeights(), sink.range());
        }
    }
}
