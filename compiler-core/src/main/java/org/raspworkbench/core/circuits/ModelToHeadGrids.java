package org.raspworkbench.core.circuits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.HeadCircuit;
import org.raspworkbench.core.model.LayerCircuit;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.core.value.Values;

/**
 * Reads every head's QK and OV circuit off the compiled weights: each query value's residual
 * vector against each key value's (and the BOS key's) through the head's query-key matrix, and each
 * value's vector through its value-output map. The vectors are what the residual stream holds at a
 * position ({@link ResidualVectors}), so the grids are the scores and values the forward pass
 * would compute there.
 */
public final class ModelToHeadGrids {
    private ModelToHeadGrids() {
    }

    public static List<HeadGrids> run(CompiledModel model) {
        List<HeadGrids> out = new ArrayList<>();
        for (LayerCircuit layer : model.circuits()) {
            for (int h = 0; h < layer.heads().size(); h++) out.add(head(model, layer.layer(), h, layer.heads().get(h)));
        }
        return List.copyOf(out);
    }

    /**
     * One head's grids, for a view that shows one head at a time.
     *
     * @throws IndexOutOfBoundsException if layer {@code layer} has no head {@code head}
     */
    public static HeadGrids of(CompiledModel model, int layer, int head) {
        return head(model, layer, head, model.circuits().get(layer).heads().get(head));
    }

    static HeadGrids head(CompiledModel model, int layer, int index, HeadCircuit h) {
        SOp sop = h.sop();
        Select select;
        HeadRole role;
        Optional<SOp> valueSop;
        if (sop instanceof AggregateOp a && a.selector() instanceof Select s) {
            select = s;
            role = HeadRole.AGGREGATE;
            valueSop = Optional.of(a.sop());
        } else if (sop instanceof SelectorWidthOp w && w.selector() instanceof Select s) {
            select = s;
            role = HeadRole.SELECTOR_WIDTH;
            valueSop = Optional.empty();
        } else {
            throw new IllegalStateException("a head computes " + sop.name() + ", which is neither an aggregate nor a "
                    + "selector width of a select");
        }
        BasisDirection bos = ResidualVectors.bos(model);
        return new HeadGrids(layer, index, sop, role, select.queries(), select.keys(), valueSop,
                qk(model, h, select, bos), ov(model, h, valueSop, bos));
    }

    private static QkGrid qk(CompiledModel model, HeadCircuit h, Select select, BasisDirection bos) {
        List<AxisEntry> queries = new ArrayList<>();
        for (BasisDirection d : h.block().qk().left().basis()) {
            if (d.name().equals(select.queries().name())) queries.add(AxisEntry.categorical(d));
        }
        List<AxisEntry> keys = new ArrayList<>();
        keys.add(AxisEntry.bos(bos));
        for (BasisDirection d : h.block().qk().right().basis()) {
            if (d.name().equals(select.keys().name()) && !d.equals(bos)) keys.add(AxisEntry.categorical(d));
        }
        double scale = 1 / Math.sqrt(model.config().keySize());
        double[][] m = h.block().qk().matrix();
        double[][] scores = new double[queries.size()][keys.size()];
        // each key vector's non-zero entries, as indices into the head's key columns: one or two, so
        // that a grid of 4096 x 4097 values (sort at n = 64) costs a few operations per cell
        int[][] keyAt = new int[keys.size()][];
        double[][] keyValue = new double[keys.size()][];
        for (int k = 0; k < keys.size(); k++) {
            double[] xk = ResidualVectors.of(model, List.of(keys.get(k)));
            int count = 0;
            for (int c : h.key()) if (xk[c] != 0) count++;
            keyAt[k] = new int[count];
            keyValue[k] = new double[count];
            int n = 0;
            for (int b = 0; b < h.key().length; b++) {
                if (xk[h.key()[b]] == 0) continue;
                keyAt[k][n] = b;
                keyValue[k][n++] = xk[h.key()[b]];
            }
        }
        for (int q = 0; q < queries.size(); q++) {
            double[] xq = ResidualVectors.of(model, List.of(queries.get(q)));
            // the query's projection onto the head's key columns: x_q W_Q W_K^T restricted to them
            double[] projected = new double[h.key().length];
            for (int a = 0; a < h.query().length; a++) {
                double v = xq[h.query()[a]];
                if (v == 0) continue;
                for (int b = 0; b < projected.length; b++) projected[b] += v * m[a][b];
            }
            for (int k = 0; k < keys.size(); k++) {
                double s = 0;
                for (int j = 0; j < keyAt[k].length; j++) s += projected[keyAt[k][j]] * keyValue[k][j];
                scores[q][k] = s * scale;
            }
        }
        return new QkGrid(queries, keys, scores, scale);
    }

    private static OvGrid ov(CompiledModel model, HeadCircuit h, Optional<SOp> valueSop, BasisDirection bos) {
        List<AxisEntry> inputs = new ArrayList<>();
        inputs.add(AxisEntry.bos(bos));
        if (valueSop.isPresent()) {
            SOp v = valueSop.get();
            for (BasisDirection d : h.block().ov().input().basis()) {
                if (!d.name().equals(v.name()) || d.equals(bos)) continue;
                if (v.isCategorical()) {
                    inputs.add(AxisEntry.categorical(d));
                } else {
                    for (Value value : sortedValues(model, v)) {
                        if (value instanceof NumericValue n) inputs.add(AxisEntry.numerical(d, value, n.asDouble()));
                    }
                }
            }
        }
        List<BasisDirection> outputs = h.block().ov().output().basis();
        double[][] ov = h.block().ov().matrix();
        double[][] values = new double[inputs.size()][outputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            double[] x = ResidualVectors.of(model, List.of(inputs.get(i)));
            for (int a = 0; a < h.value().length; a++) {
                double xv = x[h.value()[a]];
                if (xv == 0) continue;
                for (int o = 0; o < outputs.size(); o++) values[i][o] += xv * ov[a][o];
            }
        }
        return new OvGrid(inputs, outputs, values);
    }

    static List<Value> sortedValues(CompiledModel model, SOp sop) {
        List<Value> values = new ArrayList<>(model.valueSetOf(sop).orElse(List.of()));
        values.sort(Values.DISPLAY_ORDER);
        return values;
    }
}
