package org.raspworkbench.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * Runs a compiled model on many inputs as {@link BatchedForwardPass} does, bit for bit, but keeps
 * no residual rows: each row is a list of numbers, one per block that writes to the residual (its
 * slot), standing for what that block wrote there. Blocks then compute once per distinct content of
 * the columns they read ({@link ContentReader}), not once per row: across the inputs of a
 * verification most rows repeat what some earlier row held (a token at a position, a selector width
 * of a few values, a target position), so most of the work is looking numbers up.
 *
 * <p>Needs what each block writes to be a function of what it reads (the embedding and the leading
 * head-less layers count as one block), which is how Tracr lays out the residual stream: each
 * S-op's directions are written once, but for a selector width's MLP clearing the direction its
 * attention wrote, which it also reads. {@link #supports} says whether a model is so; a model that is not
 * is run by {@link BatchedForwardPass}. Memory grows with the distinct contents seen: callers
 * {@link #reset} when {@link #size} passes their budget.
 */
public final class InternedForwardPass {
    private final CompiledModel model;
    private final boolean f32;
    private final Map<Value, Integer> tokenIds;
    private final int bos;
    private final int tokens;
    /** Per index into the program's vocabulary, its token id. */
    private final int[] tokenOfVocab;
    private final boolean vocabHoldsPad;
    private PositionWiseRows start;
    private final int slotCount;
    private final int[] writer;
    /** Per column, its index among the columns its slot writes. */
    private final int[][] indexInSlot;
    private final List<List<InternedHead>> heads = new ArrayList<>();
    private final List<InternedMlp> mlps = new ArrayList<>();
    private final InternedHead[] headOfSlot;
    private final InternedMlp[] mlpOfSlot;
    private final List<ContentReader> readers = new ArrayList<>();
    private final double[] scratch;
    private int[][] state = new int[0][];
    private long runs;
    private boolean[][] pads = new boolean[0][];
    private final Value pad;
    /** Per length, the PAD rows of an input without PAD: none. */
    private boolean[][] noPad = new boolean[0][];
    /** Per layer, per head, the batch rows a head wrote on the input being run (reused input after input). */
    private final int[][][] writtenBuf;

    public InternedForwardPass(CompiledModel model, Precision precision) {
        if (!supports(model)) throw new IllegalArgumentException("a residual column is written by two blocks");
        this.model = model;
        this.f32 = precision.single();
        this.tokenIds = ForwardPass.tokenIds(model);
        this.bos = tokenIds.get(StrValue.of(model.program().settings().bos()));
        this.pad = StrValue.of(model.program().settings().pad());
        this.tokens = model.tokenOrder().size();
        List<Value> vocab = model.program().settings().vocab();
        this.tokenOfVocab = new int[vocab.size()];
        for (int i = 0; i < vocab.size(); i++) tokenOfVocab[i] = tokenIds.get(vocab.get(i));
        this.vocabHoldsPad = vocab.contains(pad);
        this.start = new PositionWiseRows(model, f32);
        Writers writers = new Writers(model);
        this.writer = writers.last;
        int slots = 1;
        for (LayerCircuit layer : model.circuits().subList(start.layers(), model.circuits().size())) {
            slots += layer.heads().size() + (layer.hiddenUnits().isEmpty() ? 0 : 1);
        }
        this.slotCount = slots;
        this.indexInSlot = new int[slotCount][];
        this.scratch = new double[model.config().dModel()];
        this.headOfSlot = new InternedHead[slotCount];
        this.mlpOfSlot = new InternedMlp[slotCount];
        int slot = 1;
        int l = 0;
        for (LayerCircuit layer : model.circuits().subList(start.layers(), model.circuits().size())) {
            List<InternedHead> inLayer = new ArrayList<>();
            int[] beforeHeads = writers.beforeHeads.get(l);
            for (HeadCircuit h : layer.heads()) {
                InternedHead ih = new InternedHead(h, slot, this, beforeHeads, scratch, model.config().keySize(),
                        model.config().causal(), f32);
                index(slot, h.output());
                headOfSlot[slot++] = ih;
                inLayer.add(ih);
            }
            heads.add(inLayer);
            if (layer.hiddenUnits().isEmpty()) {
                mlps.add(null);
            } else {
                InternedMlp m = new InternedMlp(layer, slot, this, writers.beforeMlp.get(l), scratch, f32);
                index(slot, m.output());
                mlpOfSlot[slot++] = m;
                mlps.add(m);
            }
            l++;
        }
        this.writtenBuf = new int[heads.size()][][];
        for (int i = 0; i < heads.size(); i++) writtenBuf[i] = new int[heads.get(i).size()][];
    }

    private void index(int slot, int[] cols) {
        indexInSlot[slot] = new int[writer.length];
        for (int j = 0; j < cols.length; j++) indexInSlot[slot][cols[j]] = j;
    }

    /**
     * Whether the interned pass can run the model: no head adds to a column an earlier block wrote,
     * and an MLP does so only to columns it also reads (a selector width's MLP clears what its
     * attention wrote), so what each block writes is a function of what it reads.
     */
    public static boolean supports(CompiledModel model) {
        return new Writers(model).supported;
    }

    /**
     * Which slot last wrote each column (0: the embedding and the leading head-less layers, -1:
     * none), before each later layer's heads and MLP and at the end.
     */
    private static final class Writers {
        final List<int[]> beforeHeads = new ArrayList<>();
        final List<int[]> beforeMlp = new ArrayList<>();
        int[] last;
        boolean supported = true;

        Writers(CompiledModel model) {
            int[] w = new int[model.config().dModel()];
            Arrays.fill(w, -1);
            Embedding e = model.embedding();
            for (int c : e.tokenColumns()) w[c] = 0;
            for (int c : e.positionColumns()) w[c] = 0;
            if (e.one() >= 0) w[e.one()] = 0;
            List<LayerCircuit> layers = model.circuits();
            int prefix = PositionWiseRows.leadingLayersWithoutHeads(model);
            for (LayerCircuit layer : layers.subList(0, prefix)) {
                for (int c : InternedMlp.columns(layer, false)) w[c] = 0;
            }
            int slot = 1;
            for (LayerCircuit layer : layers.subList(prefix, layers.size())) {
                beforeHeads.add(w.clone());
                int[] before = w.clone();
                for (HeadCircuit h : layer.heads()) {
                    for (int c : h.output()) {
                        if (before[c] >= 0 || w[c] >= 0) supported = false;
                        w[c] = slot;
                    }
                    slot++;
                }
                beforeMlp.add(w.clone());
                if (!layer.hiddenUnits().isEmpty()) {
                    java.util.Set<Integer> reads = new java.util.HashSet<>();
                    for (int c : InternedMlp.columns(layer, true)) reads.add(c);
                    for (int c : InternedMlp.columns(layer, false)) {
                        if (w[c] >= 0 && !reads.contains(c)) supported = false;
                        w[c] = slot;
                    }
                    slot++;
                }
            }
            last = w;
        }
    }

    /**
     * Runs the inputs (tokens after the BOS, from the vocabulary, at most {@code max_seq_len} long);
     * their rows are then read by {@link ContentReader#content}, input by input in this order.
     */
    public void run(List<List<Value>> inputs) {
        run(inputs, null);
    }

    /**
     * As {@link #run(List)}, with the inputs also given as indices into the program's vocabulary
     * ({@code vocabTokens[b][i]} is input b's token i), which spares a lookup per token.
     */
    public void run(List<List<Value>> inputs, int[][] vocabTokens) {
        runs++;
        state = new int[inputs.size()][];
        pads = new boolean[inputs.size()][];
        for (int b = 0; b < inputs.size(); b++) {
            List<Value> in = inputs.get(b);
            int[] vt = vocabTokens == null ? null : vocabTokens[b];
            int n = in.size() + 1;
            int[] st = new int[n * slotCount];
            Arrays.fill(st, -1);
            for (int p = 0; p < n; p++) {
                int token = p == 0 ? bos : vt != null ? tokenOfVocab[vt[p - 1]] : tokenIds.get(in.get(p - 1));
                start.kept(token, p);
                st[p * slotCount] = p * tokens + token;
            }
            state[b] = st;
            // tokens of a vocabulary without PAD hold no PAD
            pads[b] = vt != null && !vocabHoldsPad ? noPad(in.size()) : padPositions(in);
        }
        int rows = 0;
        for (boolean[] pad : pads) rows += pad.length;
        for (List<InternedHead> l : heads) for (InternedHead h : l) h.beginBatch(rows);
        for (ContentReader r : readers) r.beginBatch();
        for (int l = 0; l < heads.size(); l++) {
            List<InternedHead> layerHeads = heads.get(l);
            int base = 0;
            InternedMlp mlp = mlps.get(l);
            for (int b = 0; b < state.length; b++) {
                int[] st = state[b];
                int n = pads[b].length;
                if (!layerHeads.isEmpty()) {
                    int[][] written = writtenBuf[l];
                    for (int h = 0; h < written.length; h++) {
                        written[h] = layerHeads.get(h).run(st, n, slotCount, pads[b], base);
                    }
                    for (int h = 0; h < written.length; h++) {
                        int s = layerHeads.get(h).slot();
                        for (int p = 0; p < n; p++) st[p * slotCount + s] = written[h][p];
                    }
                }
                if (mlp != null) {
                    for (int p = 0; p < n; p++) st[p * slotCount + mlp.slot()] = mlp.run(st, p * slotCount);
                }
                base += n;
            }
        }
    }

    /**
     * Which rows of the input hold PAD (then no query attends to them): for an input without PAD,
     * one array per length shared by every such input, which nothing writes to.
     */
    private boolean[] padPositions(List<Value> in) {
        if (!in.contains(pad)) return noPad(in.size());
        return ForwardPass.padPositions(model, in);
    }

    private boolean[] noPad(int length) {
        if (noPad.length <= length) noPad = Arrays.copyOf(noPad, length + 1);
        if (noPad[length] == null) noPad[length] = new boolean[length + 1];
        return noPad[length];
    }

    /**
     * The attention weights of query row {@code row} (0 = the BOS) over the keys of input
     * {@code input} of the last run, for head {@code head} of model layer {@code layer}: what {@link
     * BatchedForwardPass} keeps, made again when asked for.
     */
    public double[] attentionRow(int input, int layer, int head, int row) {
        int at = layer - start.layers();
        if (at < 0 || at >= heads.size() || head >= heads.get(at).size()) {
            throw new IllegalArgumentException("layer " + layer + " has no head " + head);
        }
        return heads.get(at).get(head).weights(state[input], pads[input].length, slotCount, pads[input], row);
    }

    /** How many times {@link #run} has run: what a caller keeps of a row is stale once this changes. */
    public long runs() {
        return runs;
    }

    /** A reader of these residual columns after the last layer, kept (and {@link #reset}) with the pass. */
    public ContentReader reader(int[] cols) {
        return reader(cols, writer);
    }

    /** A reader of the columns as the given writers left them. */
    ContentReader reader(int[] cols, int[] writers) {
        ContentReader r = new ContentReader(this, cols, writers);
        readers.add(r);
        return r;
    }

    /** Entries held for the contents seen, about 8 bytes each. */
    public long size() {
        long n = start.size();
        for (ContentReader r : readers) n += r.size();
        for (List<InternedHead> l : heads) for (InternedHead h : l) n += h.size();
        for (InternedMlp m : mlps) if (m != null) n += m.size();
        return n;
    }

    /** Forgets every content seen (numbers restart; readers stay usable). */
    public void reset() {
        start = new PositionWiseRows(model, f32);
        for (ContentReader r : readers) r.reset();
        for (List<InternedHead> l : heads) for (InternedHead h : l) h.reset();
        for (InternedMlp m : mlps) if (m != null) m.reset();
    }

    /** Whether a slot's numbers stand for rows of the current batch (a head's), not for contents. */
    boolean perBatch(int slot) {
        return slot > 0 && slot < headOfSlot.length && headOfSlot[slot] != null;
    }

    /** Whether heads wrote every one of these columns last (so their contents stand for rows of a batch). */
    public boolean writtenByHeads(int[] cols) {
        for (int c : cols) {
            if (!perBatch(writer[c])) return false;
        }
        return cols.length > 0;
    }

    /**
     * What row {@code row} of input {@code input} holds in columns {@code cols} after the last
     * layer, into {@code into} (parallel to cols); columns {@link #writtenByHeads} read straight
     * from the heads' rows.
     */
    public void readWritten(int input, int row, int[] cols, double[] into) {
        int[] st = state[input];
        int first = cols.length == 0 ? -1 : writer[cols[0]];
        InternedHead head = perBatch(first) ? headOfSlot[first] : null;
        int id = head == null ? -1 : st[row * slotCount + first];
        int[] index = head == null ? null : indexInSlot[first];
        for (int j = 0; j < cols.length; j++) {
            int s = writer[cols[j]];
            // an S-op's columns are one head's: its row is read in place
            if (s == first && head != null && id >= 0) into[j] = head.written(id, index[cols[j]]);
            else into[j] = s < 0 ? 0 : slotValue(s, st[row * slotCount + s], cols[j]);
        }
    }

    /**
     * Columns one head wrote (an S-op a head writes), found once: {@link #readHead} then reads a
     * row of them straight from the head's rows.
     */
    public record HeadColumns(int slot, int[] at) {
        /** Whether the columns are a run of the head's output columns, in order: then a row is read in place. */
        public boolean contiguous() {
            for (int j = 1; j < at.length; j++) {
                if (at[j] != at[0] + j) return false;
            }
            return at.length > 0;
        }
    }

    /** The columns as one head's output columns, or empty when more than one block wrote them. */
    public java.util.Optional<HeadColumns> headColumns(int[] cols) {
        if (cols.length == 0 || !perBatch(writer[cols[0]])) return java.util.Optional.empty();
        int slot = writer[cols[0]];
        int[] at = new int[cols.length];
        for (int j = 0; j < cols.length; j++) {
            if (writer[cols[j]] != slot) return java.util.Optional.empty();
            at[j] = indexInSlot[slot][cols[j]];
        }
        return java.util.Optional.of(new HeadColumns(slot, at));
    }

    /** What {@link #readWritten} gives for those columns, read straight from the head's rows. */
    public void readHead(int input, int row, HeadColumns columns, double[] into) {
        int id = state[input][row * slotCount + columns.slot()];
        if (id < 0) java.util.Arrays.fill(into, 0);
        else headOfSlot[columns.slot()].written(id, columns.at(), into);
    }

    /**
     * The array {@link #headOffset} indexes into: what the head of contiguous columns wrote into
     * the last run's rows (valid until the next run; callers must not change it).
     */
    public double[] headRows(HeadColumns columns) {
        return headOfSlot[columns.slot()].rows();
    }

    /**
     * Where row {@code row} of input {@code input} holds the {@link HeadColumns#contiguous}
     * columns in {@link #headRows}, from the first on; -1 when the head wrote nothing there
     * (the columns hold zeros).
     */
    public int headOffset(int input, int row, HeadColumns columns) {
        int id = state[input][row * slotCount + columns.slot()];
        return id < 0 ? -1 : id * headOfSlot[columns.slot()].width() + columns.at()[0];
    }

    int slotCount() {
        return slotCount;
    }

    int[] state(int input) {
        return state[input];
    }

    /** The row after the embedding and the head-less start with number {@code id} (a token at a position). */
    double[] startRow(int id) {
        return start.kept(id % tokens, id / tokens);
    }

    /** What slot {@code slot} wrote into column {@code col} as its content number {@code id} (-1: nothing yet). */
    double slotValue(int slot, int id, int col) {
        if (id < 0) return 0;
        if (slot == 0) return start.kept(id % tokens, id / tokens)[col];
        if (headOfSlot[slot] != null) return headOfSlot[slot].written(id, indexInSlot[slot][col]);
        return mlpOfSlot[slot].written(id)[indexInSlot[slot][col]];
    }
}
