package org.raspworkbench.core.evaluation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.Padding;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.Selector;
import org.raspworkbench.core.rasp.SelectorAnd;
import org.raspworkbench.core.rasp.SelectorNot;
import org.raspworkbench.core.rasp.SelectorOr;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.Value;

/**
 * Evaluates a program's S-ops and selectors on an input as Tracr's {@code DefaultRASPEvaluator}
 * does, or its {@code CausalEvaluator} when the program is causal (every selector masked to keys at
 * or before the query). Nodes are evaluated children first, without recursion, so a long chain of
 * S-ops cannot exhaust the stack.
 */
public final class Evaluator {
    private Evaluator() {
    }

    /**
     * Evaluates on {@code input} up to its trailing PAD tokens ({@link Padding}); the evaluation
     * reports {@code None} at PAD positions.
     */
    public static Evaluation evaluate(RaspProgram program, List<Value> input) {
        return evaluate(program, input, List.of());
    }

    /**
     * As {@link #evaluate(RaspProgram, List)}, with some S-ops' values replaced at some positions as
     * soon as they are computed, so everything that reads them sees the replacement: what the
     * program says when, say, an aggregate picks another value (the counterpart of writing a value
     * into the model's residual stream). Overrides at PAD positions are ignored.
     */
    public static Evaluation evaluate(RaspProgram program, List<Value> input, List<ValueOverride> overrides) {
        int unpadded = Padding.unpaddedLength(input, program.settings());
        Engine engine = new Engine(input.subList(0, unpadded), program.settings().causal());
        engine.overrides.addAll(overrides);
        engine.countParents(program.nodes());
        for (RaspExpr e : program.nodes()) engine.ensure(e);
        engine.ensure(program.output());
        return new Evaluation(program, input, unpadded, engine);
    }

    /** The evaluation state; {@link Evaluation} keeps it to evaluate nodes it was not given up front. */
    static final class Engine implements NodeEvaluation.Failures {
        final List<Value> input;
        final boolean causal;
        final Map<Integer, List<Value>> values = new HashMap<>();
        final Map<Integer, boolean[][]> selections = new HashMap<>();
        final List<Diagnostic> diagnostics = new ArrayList<>();
        final List<ValueOverride> overrides = new ArrayList<>();
        private final Set<Integer> failed = new HashSet<>();
        /** Parents of each selector still to be computed; a matrix nobody waits for may be dropped. */
        private final Map<Integer, Integer> waiting = new HashMap<>();
        private long storedCells;

        /** Above this many stored matrix cells, finished matrices are dropped and recomputed on demand. */
        static final long CELL_BUDGET = 16_000_000;

        Engine(List<Value> input, boolean causal) {
            this.input = List.copyOf(input);
            this.causal = causal;
        }

        List<Value> values(SOp op) {
            return values.get(op.id());
        }

        /** A selector's matrix, computed again if it was dropped to save memory. */
        boolean[][] selection(Selector s) {
            boolean[][] m = selections.get(s.id());
            if (m == null) {
                ensure(s);
                m = selections.get(s.id());
            }
            return m;
        }

        void countParents(List<RaspExpr> nodes) {
            for (RaspExpr e : nodes) {
                for (RaspExpr c : e.children()) if (c instanceof Selector) waiting.merge(c.id(), 1, Integer::sum);
            }
        }

        private void store(RaspExpr e, boolean[][] m) {
            selections.put(e.id(), m);
            storedCells += (long) m.length * (m.length == 0 ? 0 : m[0].length);
        }

        /** After {@code e} is computed, its selector inputs may no longer be needed. */
        private void release(RaspExpr e) {
            for (RaspExpr c : e.children()) {
                if (!(c instanceof Selector)) continue;
                int left = waiting.merge(c.id(), -1, Integer::sum);
                if (left <= 0 && storedCells > CELL_BUDGET) {
                    boolean[][] m = selections.remove(c.id());
                    if (m != null) storedCells -= (long) m.length * (m.length == 0 ? 0 : m[0].length);
                }
            }
        }

        private boolean done(RaspExpr e) {
            return e instanceof SOp ? values.containsKey(e.id()) : selections.containsKey(e.id());
        }

        /** Evaluates {@code root} and whatever it needs that is not known yet. */
        void ensure(RaspExpr root) {
            if (done(root)) return;
            Deque<RaspExpr> stack = new ArrayDeque<>();
            Set<Integer> expanded = new HashSet<>();
            stack.push(root);
            while (!stack.isEmpty()) {
                RaspExpr e = stack.peek();
                if (done(e)) {
                    stack.pop();
                    continue;
                }
                if (expanded.add(e.id())) {
                    for (RaspExpr c : e.children()) if (!done(c)) stack.push(c);
                    continue;
                }
                stack.pop();
                compute(e);
                release(e);
            }
        }

        private void compute(RaspExpr e) {
            NodeEvaluation n = new NodeEvaluation(this, e);
            if (e instanceof TokensOp) {
                values.put(e.id(), input);
            } else if (e instanceof IndicesOp) {
                List<Value> idx = new ArrayList<>(input.size());
                for (int i = 0; i < input.size(); i++) idx.add(IntValue.of(i));
                values.put(e.id(), idx);
            } else if (e instanceof MapOp m) {
                values.put(e.id(), n.map(m.fn(), values(m.inner())));
            } else if (e instanceof SequenceMapOp m) {
                values.put(e.id(), n.sequenceMap(m.fn(), values(m.first()), values(m.second())));
            } else if (e instanceof LinearSequenceMapOp m) {
                values.put(e.id(), n.sequenceMap(m.fn(), values(m.first()), values(m.second())));
            } else if (e instanceof AggregateOp a) {
                values.put(e.id(), n.aggregate(selection(a.selector()), values(a.sop()), a.defaultValue()));
            } else if (e instanceof SelectorWidthOp w) {
                values.put(e.id(), NodeEvaluation.width(selection(w.selector())));
            } else if (e instanceof Select s) {
                store(e, mask(n.select(s.predicate(), values(s.keys()), values(s.queries()))));
            } else if (e instanceof SelectorAnd s) {
                store(e, mask(NodeEvaluation.combine(selection(s.first()), selection(s.second()), true)));
            } else if (e instanceof SelectorOr s) {
                store(e, mask(NodeEvaluation.combine(selection(s.first()), selection(s.second()), false)));
            } else {
                store(e, mask(NodeEvaluation.invert(selection(((SelectorNot) e).inner()))));
            }
            if (e instanceof SOp && !overrides.isEmpty()) override(e);
        }

        private void override(RaspExpr e) {
            List<Value> v = null;
            for (ValueOverride o : overrides) {
                if (o.sop().id() != e.id() || o.position() < 0 || o.position() >= input.size()) continue;
                if (v == null) v = new ArrayList<>(values.get(e.id()));
                v.set(o.position(), o.value());
            }
            if (v != null) values.put(e.id(), Collections.unmodifiableList(v));
        }

        /** Causal evaluation keeps only keys at or before the query, as Tracr's CausalEvaluator. */
        private boolean[][] mask(boolean[][] m) {
            if (!causal) return m;
            for (int q = 0; q < m.length; q++) {
                for (int k = q + 1; k < m[q].length; k++) m[q][k] = false;
            }
            return m;
        }

        /** Records the first failure of each node only, so one broken map does not flood the list. */
        @Override
        public void fail(RaspExpr e, Supplier<Diagnostic> d) {
            if (failed.add(e.id())) diagnostics.add(d.get());
        }
    }
}
