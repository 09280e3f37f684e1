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
    /** Function calls one sequence map may take to enumerate its value set. */
    private static final long MAX_ENUMERATION = 20_000_000L;

    private GraphToBases() {
    }

    public static ProgramBases run(ProgramGraph graph, int maxValues) {
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
            Inferred inferred = new Inferred(new LinkedHashSet<>(), new FunctionFailure[1]);
            valueSet(sop, pythonOrder, graph, maxSeqLen, cap, inferred);
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
                                 int cap, Inferred out) {
        if (sop instanceof TokensOp) {
            graph.program().settings().vocab().forEach(out::add);
        } else if (sop instanceof IndicesOp) {
            range(0, maxSeqLen - 1).forEach(out::add);
        } else if (sop instanceof SelectorWidthOp) {
            range(0, maxSeqLen).forEach(out::add);
        } else if (sop instanceof MapOp m) {
            for (Value x : known.get(m.inner().id())) {
                addResult(out, m.fn(), List.of(x));
                if (out.values().size() > cap) throw tooManyValues(m, out.values().size(), cap);
            }
        } else if (sop instanceof SequenceMapOp m) {
            product(m, m.first(), m.second(), m.fn(), known, cap, out);
        } else if (sop instanceof LinearSequenceMapOp m) {
            product(m, m.first(), m.second(), m.fn(), known, cap, out);
        } else if (sop instanceof AggregateOp a) {
            aggregate(a, known.get(a.sop().id()), maxSeqLen, out);
        } else {
            throw new IllegalStateException("unknown S-op " + sop);
        }
    }

    /** Tracr's {@code itertools.product(fst_value_set, snd_value_set)}. */
    private static void product(SOp op, SOp first, SOp second, RaspFunction fn, Map<Integer, List<Value>> known,
                                int cap, Inferred out) {
        List<Value> xs = known.get(first.id());
        List<Value> ys = known.get(second.id());
        if ((long) xs.size() * ys.size() > MAX_ENUMERATION) {
            throw new RaspException(ErrorKind.LIMIT, "enumerating the values of '" + op.name() + "' needs "
                    + xs.size() + " x " + ys.size() + " function calls, more than " + MAX_ENUMERATION, op.range());
        }
        for (Value x : xs) {
            for (Value y : ys) addResult(out, fn, List.of(x, y));
            if (out.values().size() > cap) throw tooManyValues(op, out.values().size(), cap);
        }
    }

    private static void addResult(Inferred out, RaspFunction fn, List<Value> args) {
        Value r;
        try {
            r = fn.apply(args);
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
