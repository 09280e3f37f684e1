package org.raspworkbench.core.evaluation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorAnd;
import org.raspworkbench.core.rasp.SelectorNot;
import org.raspworkbench.core.rasp.SelectorOr;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.rasp.Selector;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.value.Value;

/**
 * Evaluates one program on many inputs, sharing the work between them: every S-op's value at every
 * position is an id into a table of that S-op's distinct values, and every function application
 * (per argument id, or pair of ids), predicate test (per key id and query id), selector width (per
 * count) and aggregate (per selected id, or per count and sum of several numbers) is computed once
 * with {@link Evaluator}'s own rules and then looked up. Once the tables are warm an input costs a
 * few array reads per position and node and allocates nothing (only several values that cannot be
 * averaged, a failure that no sum can key, go to the rule each time).
 *
 * <p>User functions and predicates are assumed pure: the same arguments give the same result. Tracr
 * assumes the same when it tabulates each function over its value set to build an MLP, and so does
 * the model this evaluator is compared with.
 *
 * <p>Not thread-safe: one per thread. Tables only grow, with the distinct values met; a caller that
 * bounds memory calls {@link #reset()} when {@link #size()} passes its budget.
 */
public final class MemoizedEvaluator {
    private final List<MemoStep> steps = new ArrayList<>();
    private final MemoStep.Sop[] read;
    /** The steps that take the input: a program's {@code tokens} (one, unless it was assembled oddly). */
    private final List<MemoSops.Tokens> tokens = new ArrayList<>();
    private final int vocabSize;
    private final MemoStep.Failed failed = new MemoStep.Failed();
    private int capacity;
    private final RaspProgram program;
    private final Map<RaspExpr, MemoStep> byNode;
    private int[] last = new int[0];
    /** The length of the last input evaluated. */
    private int length;

    /**
     * @param sops the S-ops whose ids callers read, by index into this list; the whole program is
     *             evaluated either way, since a failure anywhere sends the input to {@link Evaluator}
     */
    public MemoizedEvaluator(RaspProgram program, List<SOp> sops) {
        boolean causal = program.settings().causal();
        Map<RaspExpr, MemoStep> byNode = new IdentityHashMap<>();
        List<RaspExpr> roots = new ArrayList<>(program.nodes());
        roots.add(program.output());
        roots.addAll(sops);
        for (RaspExpr e : childrenFirst(roots)) {
            MemoStep s = step(e, byNode, causal, failed, program);
            if (s instanceof MemoSops.Tokens t) tokens.add(t);
            byNode.put(e, s);
            steps.add(s);
        }
        vocabSize = program.settings().vocab().size();
        this.program = program;
        this.byNode = byNode;
        read = new MemoStep.Sop[sops.size()];
        for (int i = 0; i < read.length; i++) read[i] = (MemoStep.Sop) byNode.get(sops.get(i));
    }

    private static MemoStep step(RaspExpr e, Map<RaspExpr, MemoStep> done, boolean causal, MemoStep.Failed failed,
                                 RaspProgram program) {
        if (e instanceof TokensOp) return new MemoSops.Tokens(program.settings().vocab());
        if (e instanceof IndicesOp) return new MemoSops.Indices();
        if (e instanceof MapOp m) return new MemoSops.Map(e, m.fn(), sop(done, m.inner()), failed);
        if (e instanceof SequenceMapOp m) {
            return new MemoSops.SequenceMap(e, m.fn(), sop(done, m.first()), sop(done, m.second()), failed);
        }
        if (e instanceof LinearSequenceMapOp m) {
            return new MemoSops.SequenceMap(e, m.fn(), sop(done, m.first()), sop(done, m.second()), failed);
        }
        if (e instanceof AggregateOp a) {
            return new MemoSelections.Aggregate(e, rows(done, a.selector()), sop(done, a.sop()), a.defaultValue(), failed);
        }
        if (e instanceof SelectorWidthOp w) return new MemoSelections.Width(rows(done, w.selector()));
        if (e instanceof Select s) {
            return new MemoSelections.Select(e, sop(done, s.keys()), sop(done, s.queries()), s.predicate(), causal, failed);
        }
        if (e instanceof SelectorAnd s) return new MemoSelections.Combine(rows(done, s.first()), rows(done, s.second()), true, causal);
        if (e instanceof SelectorOr s) return new MemoSelections.Combine(rows(done, s.first()), rows(done, s.second()), false, causal);
        return new MemoSelections.Not(rows(done, ((SelectorNot) e).inner()), causal);
    }

    private static MemoStep.Sop sop(Map<RaspExpr, MemoStep> done, RaspExpr e) {
        return (MemoStep.Sop) done.get(e);
    }

    private static MemoStep.Rows rows(Map<RaspExpr, MemoStep> done, RaspExpr e) {
        return (MemoStep.Rows) done.get(e);
    }

    /** Every node the roots reach, each after its children, without recursion (chains may be long). */
    private static List<RaspExpr> childrenFirst(List<RaspExpr> roots) {
        List<RaspExpr> order = new ArrayList<>();
        Map<RaspExpr, Boolean> seen = new IdentityHashMap<>();
        Deque<RaspExpr> stack = new ArrayDeque<>();
        for (RaspExpr root : roots) {
            if (seen.containsKey(root)) continue;
            stack.push(root);
            while (!stack.isEmpty()) {
                RaspExpr e = stack.peek();
                Boolean expanded = seen.get(e);
                if (expanded == null) {
                    seen.put(e, false);
                    for (RaspExpr c : e.children()) if (!seen.containsKey(c)) stack.push(c);
                } else {
                    stack.pop();
                    if (!expanded) {
                        seen.put(e, true);
                        order.add(e);
                    }
                }
            }
        }
        return order;
    }

    /**
     * Evaluates the program on one input: {@code tokens} are indices into
     * {@code program.settings().vocab()}, no BOS, no PAD. Returns false when a function, predicate
     * or aggregate failed on it, so that {@link Evaluator#evaluate} would report a diagnostic: run
     * that for the diagnostics themselves. The ids hold the evaluator's values either way (None
     * where a function failed, a key not selected where a predicate did).
     *
     * @throws IllegalArgumentException when a token is not an index into the vocabulary
     */
    public boolean evaluate(int[] tokens) {
        int n = tokens.length;
        for (int t : tokens) {
            if (t < 0 || t >= vocabSize) {
                throw new IllegalArgumentException("token " + t + " is not an index into the vocabulary of " + vocabSize);
            }
        }
        if (n > capacity) {
            capacity = Math.max(n, 2 * capacity);
            for (MemoStep s : steps) s.grow(capacity);
        }
        for (MemoSops.Tokens t : this.tokens) t.input = tokens;
        last = tokens;
        failed.diagnosed = false;
        length = n;
        for (MemoStep s : steps) s.run(n);
        return !failed.diagnosed;
    }

    /**
     * The id of S-op {@code sop} (an index into the constructor's list) at {@code position} of the
     * last input evaluated. The ids of {@code tokens} are the vocabulary indices; other ids number
     * the values in order of first appearance, and stay valid until {@link #reset()}.
     */
    public int id(int sop, int position) {
        if (position < 0 || position >= length) {
            throw new IndexOutOfBoundsException("position " + position + " of an input of length " + length);
        }
        return read[sop].ids[position];
    }

    /** The value with that id. Values that Python holds equal but that differ in type have separate ids. */
    public Value value(int sop, int id) {
        return read[sop].table.value(id);
    }

    /** How many distinct values S-op {@code sop} has taken so far: its ids are 0 to this, exclusive. */
    public int distinctValues(int sop) {
        return read[sop].table.size();
    }

    /**
     * The last input's evaluation as {@link Evaluator} gives it, read from the tables: every S-op's
     * values and every selector's matrix (diagnostics are made by the evaluator when asked for).
     * Valid until the next {@link #evaluate}.
     */
    public Evaluation evaluation(List<Value> input) {
        int n = last.length;
        if (input.size() != n) throw new IllegalArgumentException("not the input last evaluated");
        return new Evaluation(program, input, n, new Evaluation.Source() {
            private List<Diagnostic> diagnostics;

            @Override
            public List<Value> values(SOp sop) {
                MemoStep.Sop s = (MemoStep.Sop) byNode.get(sop);
                if (s == null) throw new IllegalArgumentException("'" + sop.name() + "' is not in the program");
                // the ids themselves, read as values when asked: valid until the next input overwrites
                // them, as the whole evaluation is (a counterexample copies what it keeps)
                int[] ids = s.ids;
                ValueTable table = s.table;
                return new java.util.AbstractList<>() {
                    @Override
                    public Value get(int p) {
                        return table.value(ids[java.util.Objects.checkIndex(p, n)]);
                    }

                    @Override
                    public int size() {
                        return n;
                    }
                };
            }

            @Override
            public boolean[][] selection(Selector selector) {
                boolean[][] m = new boolean[n][];
                for (int q = 0; q < n; q++) m[q] = selectionRow(selector, q);
                return m;
            }

            @Override
            public boolean[] selectionRow(Selector selector, int q) {
                MemoStep.Rows r = (MemoStep.Rows) byNode.get(selector);
                if (r == null) throw new IllegalArgumentException("'" + selector.name() + "' is not in the program");
                boolean[] row = new boolean[n];
                for (int k = 0; k < n; k++) row[k] = (r.rows[q][k >>> 6] >>> (k & 63) & 1) != 0;
                return row;
            }

            @Override
            public List<Diagnostic> diagnostics() {
                if (diagnostics == null) diagnostics = Evaluator.evaluate(program, input).diagnostics();
                return diagnostics;
            }
        });
    }

    /** Entries held in all tables (values, plus memo cells of 1 to 21 bytes); grows with distinct values only. */
    public long size() {
        long total = 0;
        for (MemoStep s : steps) total += s.size();
        return total;
    }

    /** Drops every table; ids restart (the vocabulary's stay its indices). */
    public void reset() {
        for (MemoStep s : steps) s.clear();
    }
}
