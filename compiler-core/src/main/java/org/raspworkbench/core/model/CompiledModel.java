package org.raspworkbench.core.model;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;

/**
 * A program compiled to a transformer the way Tracr compiles it.
 *
 * @param program    the program it was compiled from (the forward pass evaluates it alongside)
 * @param config     Tracr's model configuration
 * @param residual   every residual direction, in Tracr's order (sorted labels)
 * @param groups     the residual split into runs of one name each, with the S-op owning them
 * @param blocks     one attention and one MLP block per layer, in order
 * @param valueSets  the value set of every S-op in the compiled graph, in Tracr's node order
 * @param tokenOrder the token of each embedding row (token id), BOS and PAD included
 * @param embedding  the residual columns the embeddings write and the unembedding reads
 * @param output     the output S-op and the unembedding's columns
 * @param circuits   the per-layer blocks in compact form, which the forward pass runs and the
 *                   weights export reads
 */
public record CompiledModel(RaspProgram program, ModelConfig config, List<BasisDirection> residual,
                            List<ResidualGroup> groups, List<LayerBlock> blocks, List<SOpValueSet> valueSets,
                            List<Value> tokenOrder, Embedding embedding, OutputSpec output, List<LayerCircuit> circuits) {
    public CompiledModel {
        residual = List.copyOf(residual);
        groups = List.copyOf(groups);
        blocks = List.copyOf(blocks);
        valueSets = List.copyOf(valueSets);
        tokenOrder = List.copyOf(tokenOrder);
        circuits = List.copyOf(circuits);
    }

    /** The value set of an S-op of the compiled graph; empty if the output does not depend on it. */
    public Optional<List<Value>> valueSetOf(SOp sop) {
        for (SOpValueSet v : valueSets) {
            if (v.sop().id() == sop.id()) return Optional.of(v.values());
        }
        return Optional.empty();
    }

    /** The residual column of a direction, or -1. */
    public int indexOf(BasisDirection direction) {
        return residual.indexOf(direction);
    }

    /** The residual columns the S-op owns (its value directions), if it is in the residual. */
    public Optional<ResidualGroup> groupOf(SOp sop) {
        for (ResidualGroup g : groups) {
            if (g.role() == GroupRole.VALUES && g.owner().isPresent() && g.owner().get().id() == sop.id()) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** The block of a given layer and kind. */
    public LayerBlock block(int layer, BlockKind kind) {
        return blocks.get(SnapshotNumbering.after(layer, kind) - 1);
    }

    /** Parameters of the dense model Tracr would assemble (embeddings, every layer, unembedding). */
    public long parameterCount() {
        return config.parameterCount(embedding.tokenColumns().length, maxSeqLen(), embedding.outputColumns().length);
    }

    /** The longest input the model accepts (without the BOS). */
    public int maxSeqLen() {
        return program.settings().maxSeqLen();
    }
}
