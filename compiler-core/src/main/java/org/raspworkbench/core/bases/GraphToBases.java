package org.raspworkbench.core.bases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.graph.ProgramGraph;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.rasp.WorkBudget;
import org.raspworkbench.core.source.ArithmeticFailure;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.PythonSetOrder;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.core.value.Values;

/**
 * Value-set inference as Tracr's {@code basis_inference.py} does it: tokens take the vocabulary,
 * indices {@code 0..max_seq_len-1}, a selector width {@code 0..max_seq_len}, a map or sequence map
 * whatever its function gives on its inputs' value sets (dropping arithmetic errors and
 * {@code None}), a categorical aggregate its S-op's values, and a numerical aggregate every
 * {@code x / n} for x in its S-op's values and n in {@code 1..max_seq_len}. Throws
 * {@link RaspException} for what the user must fix (an error inside a function, a numerical
 * aggregate of non-binary values, a value set past the size limits). Inputs are read in the order
 * Python iterates Tracr's sets ({@link PythonSetOrder}), and each function's first arithmetic error
 * is kept: Tracr's categorical MLPs do not ignore it.
 */
public final class GraphToBases {
    /** Enumerations with fewer calls start without an estimate of their cost. */
    private static final long SMALL_ENUMERATION = 10_000;

    private GraphToBases() {
    }

    public static ProgramBases run(ProgramGraph graph, int maxValues) {
        return run(graph, maxValues, Long.MAX_VALUE, WorkBudget.standard());
    }

    /**
     * As above, spending the program's function calls from {@code budget}, and refusing before it
     * is enumerated a sequence map of two different S-ops whose MLP (a hidden unit per pair of
     * input values) would have more than {@code maxHidden} units.
     */
    public static ProgramBases run(ProgramGraph graph, int maxValues, long maxHidden, WorkBudget budget) {
        // Each S-op's values in the order Python iterates Tracr's set of them: that order decides
        // which of two equal values (0.0 and -0.0, 2 and 2.0) a set built from them keeps.
        Map<Integer, List<Value>> pythonOrder = new HashMap<>();
        Map<Integer, List<Value>> valueSets = new HashMap<>();
        Map<Integer, VectorSpace> spaces = new HashMap<>();
        Map<Integer, FunctionFailure> failures = new HashMap<>();
        Map<Integer, RaspExpr> byId = graph.byId();
        int maxSeqLen = graph.program().settings().maxSeqLen();
        for (Integer id : graph.dag()) {
            if (!(byId.get(id) instanceof SOp sop)) continue;
            // A categorical S-op owns one direction per value: stop enumerating once it cannot fit.
            int cap = sop.isCategorical() ? maxValues : Integer.MAX_VALUE;
            budget.workingOn(sop);
            checkPairTable(sop, valueSets, maxHidden);
            Inferred inferred = new Inferred(new LinkedHashSet<>(), new FunctionFailure[1]);
            valueSet(sop, pythonOrder, graph, maxSeqLen, cap, inferred, budget);
            List<Value> inserted = new ArrayList<>(inferred.values());
            if (inserted.size() > cap) throw tooManyValues(sop, inserted.size(), maxValues);
            pythonOrder.put(id, PythonSetOrder.iterationOrder(inserted));
            List<Value> values = Values.sortedDistinct(inserted);
            valueSets.put(id, values);
            spaces.put(id, spaceOf(sop, values));
            if (inferred.failure()[0] != null) failures.put(id, inferred.failure()[0]);
        }
        return new ProgramBases(graph, valueSets, spaces, failures);
    }

    /** What one S-op's inference collects: its distinct values as added, and its function's first failure. */
    private record Inferred(LinkedHashSet<Value> values, FunctionFailure[] failure) {
        void add(Value v) {
            values.add(v);
        }

        void failed(List<Value> args, ArithmeticFailure e) {
            if (failure[0] == null) failure[0] = new FunctionFailure(args, e.diagnostic().message());
        }
    }

    /** Tracr's sequence-map MLP of two different S-ops has a hidden unit per pair of their values. */
    private static void checkPairTable(SOp sop, Map<Integer, List<Value>> known, long maxHidden) {
        if (!(sop instanceof SequenceMapOp m) || m.first().id() == m.second().id()) return;
        if (!m.first().isCategorical() || !m.second().isCategorical()) return; // unsupported, said later
        long pairs = (long) known.get(m.first().id()).size() * known.get(m.second().id()).size();
        if (pairs > maxHidden) {
            throw new RaspException(ErrorKind.LIMIT, "the MLP computing '" + m.name() + "' needs "
                    + known.get(m.first().id()).size() + " x " + known.get(m.second().id()).size() + " = " + pairs
                    + " hidden units (one per pair of values of '" + m.first().name() + "' and '" + m.second().name()
                    + "'), more than the limit of " + maxHidden, m.range());
        }
    }

    /** One direction per value (categorical) or one direction (numerical); {@code values} sorted. */
    public static VectorSpace spaceOf(SOp sop, List<Value> values) {
        if (sop.isNumerical()) return new VectorSpace(List.of(BasisDirection.of(sop.name())));
        List<BasisDirection> dirs = new ArrayList<>();
        for (Value v : values) dirs.add(new BasisDirection(sop.name(), v));
        return new VectorSpace(dirs); // already sorted: one name, values in display order
    }

    private static RaspException tooManyValues(SOp sop, int atLeast, int maxValues) {
        return new RaspException(ErrorKind.LIMIT, "'" + sop.name() + "' can take " + atLeast + " or more"
                + " values, more than the residual width limit of " + maxValues, sop.range());
    }

    private static void valueSet(SOp sop, Map<Integer, List<Value>> known, ProgramGraph graph, int maxSeqLen,
                                 int cap, Inferred out, WorkBudget budget) {
        if (sop instanceof TokensOp) {
            graph.program().settings().vocab().forEach(out::add);
        } else if (sop instanceof IndicesOp) {
            range(0, maxSeqLen - 1).forEach(out::add);
        } else if (sop instanceof SelectorWidthOp) {
            range(0, maxSeqLen).forEach(out::add);
        } else if (sop instanceof MapOp m) {
            List<Value> xs = known.get(m.inner().id());
            if (xs.size() > SMALL_ENUMERATION) {
                estimate(m, xs.size(), xs.size() + " values of '" + m.inner().name() + "'",
                        () -> addResult(out, m.fn(), List.of(xs.get(0)), budget), budget);
            }
            for (Value x : xs) {
                addResult(out, m.fn(), List.of(x), budget);
                if (out.values().size() > cap) throw tooManyValues(m, out.values().size(), cap);
            }
        } else if (sop instanceof SequenceMapOp m) {
            product(m, m.first(), m.second(), m.fn(), known, cap, out, budget);
        } else if (sop instanceof LinearSequenceMapOp m) {
            product(m, m.first(), m.second(), m.fn(), known, cap, out, budget);
        } else if (sop instanceof AggregateOp a) {
            aggregate(a, known.get(a.sop().id()), maxSeqLen, out);
        } else {
            throw new IllegalStateException("unknown S-op " + sop);
        }
    }

    /** Tracr's {@code itertools.product(fst_value_set, snd_value_set)}. */
    private static void product(SOp op, SOp first, SOp second, RaspFunction fn, Map<Integer, List<Value>> known,
                                int cap, Inferred out, WorkBudget budget) {
        List<Value> xs = known.get(first.id());
        List<Value> ys = known.get(second.id());
        long calls = (long) xs.size() * ys.size();
        if (calls > SMALL_ENUMERATION) {
            estimate(op, calls, xs.size() + " values of '" + first.name() + "' x " + ys.size() + " of '" + second.name() + "'",
                    () -> addResult(out, fn, List.of(xs.get(0), ys.get(0)), budget), budget);
        }
        for (Value x : xs) {
            for (Value y : ys) addResult(out, fn, List.of(x, y), budget);
            if (out.values().size() > cap) throw tooManyValues(op, out.values().size(), cap);
        }
    }

    /**
     * Times one call in steps (its result is the enumeration's first anyway) and refuses the whole
     * enumeration before it starts when {@code calls} such calls would not fit in the budget.
     */
    private static void estimate(SOp op, long calls, String why, Runnable firstCall, WorkBudget budget) {
        long before = budget.used();
        firstCall.run();
        long steps = Math.max(1, budget.used() - before - WorkBudget.CALL_COST);
        budget.ahead(op, calls - 1, steps, why);
    }

    private static void addResult(Inferred out, RaspFunction fn, List<Value> args, WorkBudget budget) {
        Value r;
        try {
            r = fn.apply(args, budget);
        } catch (ArithmeticFailure e) {
            out.failed(args, e); // Tracr drops values whose computation raises an ArithmeticError
            return;
        }
        if (!(r instanceof NoneValue)) out.add(r);
    }

    private static void aggregate(AggregateOp a, List<Value> inner, int maxSeqLen, Inferred out) {
        if (a.isCategorical()) {
            inner.forEach(out::add);
            return;
        }
        for (Value v : inner) {
            if (!isBinaryForTracr(v)) {
                throw new RaspException(ErrorKind.UNSUPPORTED, "a numerical aggregate '" + a.name()
                        + "' of non-binary values is not supported: Tracr can only average S-ops whose values are 0"
                        + " and 1, but '" + a.sop().name() + "' can be " + v.repr(), a.range());
            }
        }
        for (Value v : inner) {
            for (int n = 1; n <= maxSeqLen; n++) out.add(FloatValue.of(((NumericValue) v).asDouble() / n));
        }
    }

    /** Tracr checks {@code {int(x) for x in values} <= {0, 1}}: Python's int() truncates floats. */
    private static boolean isBinaryForTracr(Value v) {
        if (!(v instanceof NumericValue n)) return false;
        double d = n.asDouble();
        if (Double.isNaN(d) || Double.isInfinite(d)) return false;
        long truncated = n instanceof FloatValue ? (long) d : n.asLong();
        return truncated == 0 || truncated == 1;
    }

    private static List<Value> range(int from, int to) {
        List<Value> out = new ArrayList<>();
        for (int i = from; i <= to; i++) out.add(IntValue.of(i));
        return out;
    }
}
