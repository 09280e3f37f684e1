package org.raspworkbench.core.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.raspworkbench.core.craft.Linear;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.Embedding;
import org.raspworkbench.core.model.HeadCircuit;
import org.raspworkbench.core.model.LayerCircuit;
import org.raspworkbench.core.model.MlpPart;
import org.raspworkbench.core.model.ModelConfig;

/**
 * TransformerLens's state dict of a compiled model, read straight from the compact per-block
 * circuits the forward pass runs, one row at a time. Every row is what Tracr's dense assembly puts
 * there: a block's matrix row lands on the residual row of its input direction, in the columns of
 * its output directions, and parts that share a row or a hidden unit add up in allocation order
 * (the order Tracr's {@code combine_in_parallel} sums them), so the values are the dense ones bit
 * for bit. Zero rows cost a fill, never an allocation of the whole array.
 */
public final class CircuitsToStateDict {
    private CircuitsToStateDict() {
    }

    public static TransformerLensConfig config(CompiledModel model) {
        ModelConfig c = model.config();
        Embedding e = model.embedding();
        return new TransformerLensConfig(c.layers(), c.dModel(), c.keySize(), c.heads(), c.mlpHidden(),
                e.tokenColumns().length, e.outputColumns().length, model.maxSeqLen() + 1, c.causal());
    }

    /** The arrays in {@link TransformerLensWeights#stateDict()}'s order and shapes. */
    public static List<StateDictEntry> run(CompiledModel model) {
        TransformerLensConfig c = config(model);
        Embedding e = model.embedding();
        int d = c.dModel();
        int k = c.dHead();
        int[] firstK = identity(k);
        List<StateDictEntry> out = new ArrayList<>();
        out.add(new Rows("embed.W_E", new int[] {c.dVocab(), d}, (r, row) -> {
            row[e.tokenColumns()[r]] = 1;
            if (e.one() >= 0) row[e.one()] = 1;
        }));
        out.add(new Rows("pos_embed.W_pos", new int[] {c.nCtx(), d}, (r, row) -> {
            if (r > 0) row[e.positionColumns()[r - 1]] = 1;
        }));
        for (LayerCircuit layer : model.circuits()) {
            String p = "blocks." + layer.layer() + ".";
            List<HeadCircuit> heads = layer.heads();
            out.add(new Rows(p + "attn.W_Q", new int[] {c.nHeads(), d, k}, headRows(heads, d, HeadCircuit::query,
                    (h, a, row) -> addDense(row, h.block().qk().matrix()[a], firstK))));
            out.add(new Rows(p + "attn.W_K", new int[] {c.nHeads(), d, k}, headRows(heads, d, HeadCircuit::key,
                    (h, a, row) -> row[a] = 1)));
            out.add(new Rows(p + "attn.W_V", new int[] {c.nHeads(), d, k}, headRows(heads, d, HeadCircuit::value,
                    (h, a, row) -> addRow(row, h.block().ov(), a, firstK))));
            out.add(new Rows(p + "attn.W_O", new int[] {c.nHeads(), k, d}, (r, row) -> {
                int h = r / k;
                int unit = r % k;
                if (h < heads.size() && unit < heads.get(h).output().length) row[heads.get(h).output()[unit]] = 1;
            }));
            out.add(zeros(p + "attn.b_Q", c.nHeads(), k));
            out.add(zeros(p + "attn.b_K", c.nHeads(), k));
            out.add(zeros(p + "attn.b_V", c.nHeads(), k));
            out.add(zeros(p + "attn.b_O", d));
            out.add(new Rows(p + "mlp.W_in", new int[] {d, c.dMlp()}, partRows(layer.mlp(), d, MlpPart::input,
                    (part, a, row) -> addRow(row, part.block().first(), a, part.hidden()))));
            out.add(zeros(p + "mlp.b_in", c.dMlp()));
            out.add(new Rows(p + "mlp.W_out", new int[] {c.dMlp(), d}, partRows(layer.mlp(), c.dMlp(), MlpPart::hidden,
                    (part, a, row) -> addRow(row, part.block().second(), a, part.output()))));
            out.add(zeros(p + "mlp.b_out", d));
        }
        out.add(new Rows("unembed.W_U", new int[] {d, c.dVocabOut()}, unembedding(e, d)));
        out.add(zeros("unembed.b_U", c.dVocabOut()));
        return out;
    }

    /** Fills row {@code r} (zeroed before the call) of an array. */
    @FunctionalInterface
    private interface RowFiller {
        void fill(int r, double[] row);
    }

    /** Adds what block {@code b}'s row {@code a} contributes to a weight row. */
    @FunctionalInterface
    private interface BlockRow<B> {
        void add(B block, int a, double[] row);
    }

    /** An array whose flattened leading dimensions are rows of {@code shape[last]} values. */
    private record Rows(String key, int[] shape, RowFiller filler) implements StateDictEntry {
        @Override
        public void writeRows(RowSink sink) throws IOException {
            int width = shape[shape.length - 1];
            long rows = size() / Math.max(1, width);
            if (width == 0) rows = shape.length == 1 ? 1 : leading(shape);
            double[] row = new double[width];
            for (int r = 0; r < rows; r++) {
                Arrays.fill(row, 0);
                filler.fill(r, row);
                sink.row(row);
            }
        }

        private static long leading(int[] shape) {
            long n = 1;
            for (int i = 0; i < shape.length - 1; i++) n *= shape[i];
            return n;
        }
    }

    private static StateDictEntry zeros(String key, int... shape) {
        return new Rows(key, shape, (r, row) -> {
        });
    }

    /**
     * Rows of a {@code [heads, d_model, d_head]} array: residual row {@code x} of head {@code h}
     * holds the head's block row whose direction sits at column {@code x} ({@code columns} of the head).
     */
    private static RowFiller headRows(List<HeadCircuit> heads, int d, Function<HeadCircuit, int[]> columns,
                                      BlockRow<HeadCircuit> add) {
        List<int[]> inverse = new ArrayList<>();
        for (HeadCircuit h : heads) inverse.add(inverse(columns.apply(h), d));
        return (r, row) -> {
            int h = r / d;
            if (h >= heads.size()) return;
            int a = inverse.get(h)[r % d];
            if (a >= 0) add.add(heads.get(h), a, row);
        };
    }

    /** Rows of an MLP matrix: every part reading (or owning) row {@code r} adds its block row, in part order. */
    private static RowFiller partRows(List<MlpPart> parts, int rows, Function<MlpPart, int[]> columns,
                                      BlockRow<MlpPart> add) {
        List<int[]> inverse = new ArrayList<>();
        for (MlpPart part : parts) inverse.add(inverse(columns.apply(part), rows));
        return (r, row) -> {
            for (int i = 0; i < parts.size(); i++) {
                int a = inverse.get(i)[r];
                if (a >= 0) add.add(parts.get(i), a, row);
            }
        };
    }

    private static RowFiller unembedding(Embedding e, int d) {
        int[] inverse = inverse(e.outputColumns(), d);
        return (r, row) -> {
            if (inverse[r] >= 0) row[inverse[r]] = 1;
        };
    }

    /** Adds a dense block row's non-zero entries at the given columns ({@code cols[b]} for entry b). */
    private static void addDense(double[] row, double[] values, int[] cols) {
        for (int b = 0; b < values.length; b++) {
            if (values[b] != 0) row[cols[b]] += values[b];
        }
    }

    /** Adds row {@code a} of a map, read by its stored entries when it is sparse (never made dense). */
    private static void addRow(double[] row, Linear m, int a, int[] cols) {
        if (!m.isSparse()) {
            addDense(row, m.matrix()[a], cols);
            return;
        }
        int[] at = m.rowColumns(a);
        double[] values = m.rowValues(a);
        for (int n = 0; n < at.length; n++) {
            if (values[n] != 0) row[cols[at[n]]] += values[n];
        }
    }

    /** {@code inverse[columns[i]] = i}; -1 where no direction of the block sits. */
    private static int[] inverse(int[] columns, int size) {
        int[] inverse = new int[size];
        Arrays.fill(inverse, -1);
        for (int i = 0; i < columns.length; i++) inverse[columns[i]] = i;
        return inverse;
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = i;
        return out;
    }
}
