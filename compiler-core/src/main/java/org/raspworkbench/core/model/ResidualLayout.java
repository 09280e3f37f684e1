package org.raspworkbench.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.raspworkbench.core.allocation.AllocatedLayer;
import org.raspworkbench.core.allocation.BasesToBlocks;
import org.raspworkbench.core.allocation.LayerAllocation;
import org.raspworkbench.core.allocation.PlacedBlock;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.bases.ProgramBases;
import org.raspworkbench.core.bases.VectorSpace;
import org.raspworkbench.core.craft.AttentionHead;
import org.raspworkbench.core.craft.Mlp;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * The residual space as Tracr's {@code assemble.py} builds it: the sorted union of every space a
 * block reads or writes, the token space (vocabulary, BOS and PAD), the index space
 * ({@code 0..max_seq_len-1}) and the output space; and who owns each run of directions.
 */
record ResidualLayout(List<BasisDirection> residual, Map<BasisDirection, Integer> index, VectorSpace tokens,
                      VectorSpace indices, VectorSpace output, List<ResidualGroup> groups) {

    static ResidualLayout of(LayerAllocation allocation) {
        ProgramBases bases = allocation.craft().bases();
        SOp tokensOp = find(bases, TokensOp.class)
                .orElseThrow(() -> new IllegalStateException("InputDependence lets only programs that read tokens through"));
        var settings = bases.graph().program().settings();
        List<Value> tokenValues = new ArrayList<>(bases.valueSetOf(tokensOp));
        tokenValues.add(StrValue.of(settings.bos()));
        tokenValues.add(StrValue.of(settings.pad()));
        VectorSpace tokens = sorted(directions("tokens", tokenValues));
        List<Value> positions = new ArrayList<>();
        for (int i = 0; i < settings.maxSeqLen(); i++) positions.add(IntValue.of(i));
        VectorSpace indices = sorted(directions("indices", positions));
        VectorSpace output = bases.spaceOf(bases.graph().sink());

        Set<BasisDirection> all = new HashSet<>();
        for (AllocatedLayer layer : allocation.layers()) {
            for (PlacedBlock b : layer.heads()) {
                AttentionHead h = (AttentionHead) b.block();
                all.addAll(h.qk().left().basis());
                all.addAll(h.qk().right().basis());
                all.addAll(h.ov().input().basis());
                all.addAll(h.ov().output().basis());
            }
            for (PlacedBlock b : layer.mlps()) {
                Mlp m = (Mlp) b.block();
                all.addAll(m.first().input().basis());
                all.addAll(m.second().output().basis());
            }
        }
        all.addAll(tokens.basis());
        all.addAll(indices.basis());
        all.addAll(output.basis());
        List<BasisDirection> residual = new ArrayList<>(all);
        residual.sort(null);
        Map<BasisDirection, Integer> index = new HashMap<>();
        for (int i = 0; i < residual.size(); i++) index.put(residual.get(i), i);
        List<ResidualGroup> groups = groups(residual, index, allocation, tokensOp);
        return new ResidualLayout(List.copyOf(residual), Map.copyOf(index), tokens, indices, output, groups);
    }

    /** Residual columns of a space's directions, in the space's order. */
    int[] columns(VectorSpace space) {
        int[] out = new int[space.dim()];
        for (int i = 0; i < out.length; i++) out[i] = index.get(space.basis().get(i));
        return out;
    }

    private static List<ResidualGroup> groups(List<BasisDirection> residual, Map<BasisDirection, Integer> index,
                                              LayerAllocation allocation, SOp tokensOp) {
        ProgramBases bases = allocation.craft().bases();
        SOp[] owner = new SOp[residual.size()];
        GroupRole[] role = new GroupRole[residual.size()];
        for (SOp sop : bases.graph().sops()) {
            for (BasisDirection d : bases.spaceOf(sop).basis()) mark(index, owner, role, d, sop, GroupRole.VALUES);
        }
        for (BasisDirection d : residual) {
            if (d.name().equals(tokensOp.name())) mark(index, owner, role, d, tokensOp, GroupRole.VALUES);
            if (d.equals(BasesToBlocks.ONE)) role[index.get(d)] = GroupRole.ONE;
        }
        Optional<SOp> indicesOp = find(bases, IndicesOp.class);
        for (AllocatedLayer layer : allocation.layers()) {
            for (PlacedBlock b : layer.heads()) {
                for (BasisDirection d : ((AttentionHead) b.block()).ov().output().basis()) {
                    mark(index, owner, role, d, b.sop(), GroupRole.SCRATCH);
                }
            }
        }
        List<ResidualGroup> groups = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= residual.size(); i++) {
            if (i < residual.size() && residual.get(i).name().equals(residual.get(from).name())) continue;
            String name = residual.get(from).name();
            Optional<SOp> who = Optional.ofNullable(owner[from]);
            if (who.isEmpty() && name.equals("indices")) who = indicesOp;
            GroupRole r = role[from] == null ? GroupRole.VALUES : role[from];
            groups.add(new ResidualGroup(name, who, r, from, i));
            from = i;
        }
        return List.copyOf(groups);
    }

    private static void mark(Map<BasisDirection, Integer> index, SOp[] owner, GroupRole[] role, BasisDirection d,
                             SOp sop, GroupRole r) {
        Integer i = index.get(d);
        if (i == null || owner[i] != null) return;
        owner[i] = sop;
        role[i] = r;
    }

    private static Optional<SOp> find(ProgramBases bases, Class<? extends SOp> type) {
        for (SOp s : bases.graph().sops()) {
            if (type.isInstance(s)) return Optional.of(s);
        }
        return Optional.empty();
    }

    private static List<BasisDirection> directions(String name, List<Value> values) {
        List<BasisDirection> out = new ArrayList<>();
        for (Value v : values) out.add(new BasisDirection(name, v));
        return out;
    }

    private static VectorSpace sorted(List<BasisDirection> dirs) {
        return new VectorSpace(new ArrayList<>(new TreeSet<>(dirs)));
    }
}
