package org.raspworkbench.ui.views.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.GroupRole;
import org.raspworkbench.core.model.ModelConfig;
import org.raspworkbench.core.model.SOpValueSet;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * Turns the compiler's model and forward trace into the views' digests. Pure and cheap except
 * for copying references; call it wherever the model and trace were produced (off the FX thread).
 */
public final class Digests {
    private Digests() {
    }

    public static ModelDigest model(CompiledModel m) {
        ModelConfig c = m.config();
        ModelSize size = new ModelSize(c.dModel(), c.layers(), c.heads(), c.keySize(), c.mlpHidden(),
                m.parameterCount());
        List<ResidualGroupDigest> groups = new ArrayList<>();
        for (org.raspworkbench.core.model.ResidualGroup g : m.groups()) {
            List<Integer> columns = new ArrayList<>();
            List<BasisDirection> directions = new ArrayList<>();
            for (int i = g.from(); i < g.to(); i++) {
                columns.add(i);
                directions.add(m.residual().get(i));
            }
            groups.add(new ResidualGroupDigest(g.name(), g.owner(), g.role() == GroupRole.SCRATCH, columns, directions));
        }
        List<BlockDigest> blocks = new ArrayList<>();
        for (org.raspworkbench.core.model.LayerBlock b : m.blocks()) {
            blocks.add(new BlockDigest(new SubLayer(b.layer(), b.kind()), b.width(), b.sops()));
        }
        List<SopValues> valueSets = new ArrayList<>();
        for (SOpValueSet v : m.valueSets()) valueSets.add(new SopValues(v.sop(), v.values()));
        List<Integer> outputColumns = new ArrayList<>();
        for (int column : m.embedding().outputColumns()) outputColumns.add(column);
        ModelOutput output = new ModelOutput(m.output().sop(), outputColumns, m.output().unembedding());
        return new ModelDigest(size, m.residual(), groups, blocks, valueSets, output);
    }

    /**
     * The trace in view terms. Tokens, indices and the output always have expected values (the
     * input itself, the positions, the trace's own evaluation); other S-ops come from
     * {@code expected}.
     */
    public static TraceDigest trace(CompiledModel m, ForwardTrace t, ExpectedValues expected) {
        List<Value> tokens = new ArrayList<>();
        tokens.add(StrValue.of(m.program().settings().bos()));
        tokens.addAll(t.input());
        double[][][] snapshots = t.snapshots().toArray(new double[0][][]);
        double[][][][] attention = new double[t.attention().size()][][][];
        for (int l = 0; l < attention.length; l++) attention[l] = t.attention().get(l).toArray(new double[0][][]);
        List<SopValues> values = new ArrayList<>();
        for (SOpValueSet v : m.valueSets()) {
            expectedOf(m, t, v.sop(), expected).ifPresent(list -> values.add(new SopValues(v.sop(), list)));
        }
        return new TraceDigest(tokens, snapshots, attention, values);
    }

    private static Optional<List<Value>> expectedOf(CompiledModel m, ForwardTrace t, SOp sop, ExpectedValues expected) {
        Optional<List<Value>> given = expected.valuesOf(sop);
        if (given.isPresent()) return given;
        if (sop instanceof TokensOp) return Optional.of(t.input());
        if (sop instanceof IndicesOp) {
            List<Value> idx = new ArrayList<>();
            for (int i = 0; i < t.input().size(); i++) idx.add(IntValue.of(i));
            return Optional.of(idx);
        }
        if (SopIdentity.same(sop, m.output().sop()) && t.evaluated().size() == t.input().size()
                && !t.evaluated().isEmpty()) {
            return Optional.of(t.evaluated());
        }
        return Optional.empty();
    }
}
