package org.raspworkbench.ui.views.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.model.SnapshotNumbering;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.value.Value;

/**
 * What the views read of a compiled model: its size, its residual stream grouped by S-op, one
 * block per sub-layer (attention then MLP, layer by layer), each S-op's value set, and the output
 * S-op with the columns the unembedding reads.
 */
public record ModelDigest(ModelSize size, List<BasisDirection> residual, List<ResidualGroupDigest> groups,
                          List<BlockDigest> blocks, List<SopValues> valueSets, ModelOutput output) {
    /** Suffix Tracr gives the hidden direction a selector width's attention head writes. */
    public static final String SELECTOR_WIDTH_SUFFIX = "_selector_width_attn_output";

    public ModelDigest {
        residual = List.copyOf(residual);
        groups = List.copyOf(groups);
        blocks = List.copyOf(blocks);
        valueSets = List.copyOf(valueSets);
    }

    /**
     * Builds the digest, grouping the residual directions by name and finding each group's S-op;
     * the unembedding reads {@code output}'s directions in stream order, as Tracr's does.
     */
    public static ModelDigest of(ModelSize size, List<BasisDirection> residual, List<BlockDigest> blocks,
                                 List<SopValues> valueSets, Collection<? extends RaspExpr> nodes, SOp output) {
        List<ResidualGroupDigest> groups = groupResidual(residual, nodes);
        ResidualGroupDigest out = groups.stream().filter(g -> g.isValueEncoding() && SopIdentity.same(g.owner().get(), output))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no directions for " + output.name()));
        return new ModelDigest(size, residual, groups, blocks, valueSets,
                new ModelOutput(output, out.columns(), out.directions()));
    }

    static List<ResidualGroupDigest> groupResidual(List<BasisDirection> residual, Collection<? extends RaspExpr> nodes) {
        Map<String, List<Integer>> columns = new LinkedHashMap<>();
        for (int i = 0; i < residual.size(); i++) {
            columns.computeIfAbsent(residual.get(i).name(), k -> new ArrayList<>()).add(i);
        }
        List<ResidualGroupDigest> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : columns.entrySet()) {
            String name = e.getKey();
            Optional<SOp> own = sopNamed(nodes, name);
            boolean auxiliary = false;
            if (own.isEmpty() && name.endsWith(SELECTOR_WIDTH_SUFFIX)) {
                own = sopNamed(nodes, name.substring(0, name.length() - SELECTOR_WIDTH_SUFFIX.length()));
                auxiliary = own.isPresent();
            }
            List<BasisDirection> dirs = new ArrayList<>();
            for (int c : e.getValue()) dirs.add(residual.get(c));
            out.add(new ResidualGroupDigest(name, own, auxiliary, e.getValue(), dirs));
        }
        return out;
    }

    private static Optional<SOp> sopNamed(Collection<? extends RaspExpr> nodes, String name) {
        for (RaspExpr n : nodes) {
            if (n instanceof SOp s && s.name().equals(name)) return Optional.of(s);
        }
        return Optional.empty();
    }

    /** The group holding the S-op's value encoding. */
    public Optional<ResidualGroupDigest> valueGroup(SOp sop) {
        for (ResidualGroupDigest g : groups) {
            if (g.isValueEncoding() && SopIdentity.same(g.owner().get(), sop)) return Optional.of(g);
        }
        return Optional.empty();
    }

    /** Every group the S-op owns, helpers included. */
    public List<ResidualGroupDigest> groupsOwnedBy(SOp sop) {
        List<ResidualGroupDigest> out = new ArrayList<>();
        for (ResidualGroupDigest g : groups) {
            if (g.owner().isPresent() && SopIdentity.same(g.owner().get(), sop)) out.add(g);
        }
        return out;
    }

    public Optional<List<Value>> valueSet(RaspExpr sop) {
        for (SopValues v : valueSets) if (SopIdentity.same(v.node(), sop)) return Optional.of(v.values());
        return Optional.empty();
    }

    public Optional<BlockDigest> block(SubLayer subLayer) {
        for (BlockDigest b : blocks) if (b.subLayer().equals(subLayer)) return Optional.of(b);
        return Optional.empty();
    }

    /** The S-ops the sub-layer that produced {@code snapshot} computes (none for the embeddings). */
    public List<SOp> computedBy(Snapshot snapshot) {
        return snapshot.producedBy().flatMap(this::block).map(BlockDigest::sops).orElse(List.of());
    }

    /**
     * The first snapshot in which the S-op's value is complete: the embeddings for tokens and
     * indices, otherwise the snapshot after the last sub-layer that works on it (a selector
     * width is finished by the MLP that follows its attention).
     */
    public Snapshot completedAt(SOp sop) {
        if (sop instanceof TokensOp || sop instanceof IndicesOp) return Snapshot.EMBEDDINGS;
        Snapshot last = null;
        for (BlockDigest b : blocks) {
            if (b.computes(sop) && (last == null || b.subLayer().after().index() > last.index())) {
                last = b.subLayer().after();
            }
        }
        return last != null ? last : new Snapshot(2 * size.layers());
    }

    /** The S-ops with a value encoding in the residual stream, in program (creation) order. */
    public List<SOp> encodedSops() {
        List<SOp> out = new ArrayList<>();
        for (ResidualGroupDigest g : groups) if (g.isValueEncoding()) out.add(g.owner().get());
        out.sort((a, b) -> Integer.compare(a.id(), b.id()));
        return out;
    }

    /** Whether {@code sop} is what the model outputs. */
    public boolean isOutput(SOp sop) {
        return SopIdentity.same(output.sop(), sop);
    }

    public int snapshotCount() {
        return SnapshotNumbering.count(size.layers());
    }
}
