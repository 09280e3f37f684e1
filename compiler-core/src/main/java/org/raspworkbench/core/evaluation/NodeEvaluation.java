package org.raspworkbench.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.Predicate;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.ListValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.PythonError;
import org.raspworkbench.core.value.PythonOps;
import org.raspworkbench.core.value.Value;

/** Tracr's evaluation rule for one node; a failure becomes a diagnostic and a None value. */
final class NodeEvaluation {
    private final Evaluator.Engine engine;
    private final RaspExpr node;

    NodeEvaluation(Evaluator.Engine engine, RaspExpr node) {
        this.engine = engine;
        this.node = node;
    }

    List<Value> map(RaspFunction fn, List<Value> xs) {
        List<Value> out = new ArrayList<>(xs.size());
        for (int i = 0; i < xs.size(); i++) {
            Value x = xs.get(i);
            out.add(x instanceof NoneValue ? NoneValue.NONE : apply(fn, List.of(x), i));
        }
        return out;
    }

    List<Value> sequenceMap(RaspFunction fn, List<Value> xs, List<Value> ys) {
        int n = Math.min(xs.size(), ys.size());
        List<Value> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Value x = xs.get(i);
            Value y = ys.get(i);
            boolean none = x instanceof NoneValue || y instanceof NoneValue;
            out.add(none ? NoneValue.NONE : apply(fn, List.of(x, y), i));
        }
        return out;
    }

    private Value apply(RaspFunction fn, List<Value> args, int position) {
        try {
            Value v = fn.apply(args);
            return v == null ? NoneValue.NONE : v;
        } catch (RaspException e) {
            Diagnostic d = e.diagnostic();
            engine.fail(node, Diagnostic.error(d.kind(), "'" + node.name() + "' failed at position " + position
                    + " on " + describe(args) + ": " + d.message(), d.range()));
        } catch (StackOverflowError e) {
            engine.fail(node, Diagnostic.error(ErrorKind.LIMIT, "'" + node.name() + "' failed at position " + position
                    + ": its function's calls are nested too deeply", node.range()));
        }
        return NoneValue.NONE;
    }

    private static String describe(List<Value> args) {
        if (args.size() == 1) return args.get(0).repr();
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < args.size(); i++) sb.append(i > 0 ? ", " : "").append(args.get(i).repr());
        return sb.append(')').toString();
    }

    /** Tracr's {@code _mean}: the default if nothing is selected, the value if one, else the numeric mean. */
    List<Value> aggregate(boolean[][] selection, List<Value> values, Value defaultValue) {
        List<Value> out = new ArrayList<>(selection.length);
        for (int q = 0; q < selection.length; q++) {
            List<Value> selected = new ArrayList<>();
            for (int k = 0; k < selection[q].length && k < values.size(); k++) {
                if (selection[q][k]) selected.add(values.get(k));
            }
            out.add(mean(selected, defaultValue, q));
        }
        return out;
    }

    private Value mean(List<Value> xs, Value defaultValue, int position) {
        if (xs.isEmpty()) return defaultValue;
        if (xs.size() == 1) return xs.get(0);
        for (Value x : xs) {
            if (!(x instanceof NumericValue)) {
                engine.fail(node, Diagnostic.error(ErrorKind.VALUE, "'" + node.name() + "' selects "
                        + new ListValue(xs).repr() + " at position " + position + ", but only numbers can be averaged",
                        node.range()));
                return NoneValue.NONE;
            }
        }
        try {
            return PythonOps.truediv(sum(xs), IntValue.of(xs.size()));
        } catch (PythonError | ArithmeticException e) {
            engine.fail(node, Diagnostic.error(ErrorKind.LIMIT, "'" + node.name() + "' at position " + position
                    + ": the sum of the selected values does not fit in 64 bits", node.range()));
            return NoneValue.NONE;
        }
    }

    /** Python's {@code sum(xs)}: exact while all are ints (or bools), float from the first float on. */
    private static Value sum(List<Value> xs) {
        long exact = 0;
        int i = 0;
        for (; i < xs.size(); i++) {
            Value x = xs.get(i);
            if (x instanceof FloatValue) break;
            exact = Math.addExact(exact, ((NumericValue) x).asLong());
        }
        if (i == xs.size()) return IntValue.of(exact);
        double total = exact;
        for (; i < xs.size(); i++) total += ((NumericValue) xs.get(i)).asDouble();
        return FloatValue.of(total);
    }

    static List<Value> width(boolean[][] selection) {
        List<Value> out = new ArrayList<>(selection.length);
        for (boolean[] row : selection) {
            int n = 0;
            for (boolean b : row) if (b) n++;
            out.add(IntValue.of(n));
        }
        return out;
    }

    /** {@code [query][key]}: whether the query at each position selects each key. */
    boolean[][] select(Predicate predicate, List<Value> keys, List<Value> queries) {
        boolean[][] m = new boolean[queries.size()][keys.size()];
        for (int q = 0; q < queries.size(); q++) {
            for (int k = 0; k < keys.size(); k++) m[q][k] = test(predicate, keys.get(k), queries.get(q), q, k);
        }
        return m;
    }

    private boolean test(Predicate p, Value key, Value query, int q, int k) {
        if (p instanceof Comparison c && key instanceof IntValue a && query instanceof IntValue b) {
            // The common case, without the general comparison's allocations.
            long x = a.value();
            long y = b.value();
            switch (c) {
                case EQ: return x == y;
                case NEQ: return x != y;
                case LT: return x < y;
                case LEQ: return x <= y;
                case GT: return x > y;
                case GEQ: return x >= y;
                case TRUE: return true;
                default: return false;
            }
        }
        if (p instanceof Comparison c && (key instanceof NoneValue || query instanceof NoneValue)) {
            // Tracr's comparisons raise on a None key or query; we report it and select nothing there.
            engine.fail(node, Diagnostic.error(ErrorKind.VALUE, "'" + node.name() + "' compares None with "
                    + c.text() + " (query position " + q + ", key position " + k + ")", node.range()));
            return false;
        }
        try {
            return p.test(key, query);
        } catch (RaspException e) {
            Diagnostic d = e.diagnostic();
            engine.fail(node, Diagnostic.error(d.kind(), "'" + node.name() + "' failed on key " + key.repr()
                    + " and query " + query.repr() + ": " + d.message(), d.range()));
        } catch (IllegalArgumentException e) {
            engine.fail(node, Diagnostic.error(ErrorKind.TYPE, "'" + node.name() + "': " + e.getMessage(),
                    node.range()));
        } catch (StackOverflowError e) {
            engine.fail(node, Diagnostic.error(ErrorKind.LIMIT, "'" + node.name()
                    + "': its predicate's calls are nested too deeply", node.range()));
        }
        return false;
    }

    static boolean[][] combine(boolean[][] a, boolean[][] b, boolean and) {
        boolean[][] m = new boolean[a.length][];
        for (int q = 0; q < a.length; q++) {
            m[q] = new boolean[a[q].length];
            for (int k = 0; k < a[q].length; k++) m[q][k] = and ? a[q][k] && b[q][k] : a[q][k] || b[q][k];
        }
        return m;
    }

    static boolean[][] invert(boolean[][] a) {
        boolean[][] m = new boolean[a.length][];
        for (int q = 0; q < a.length; q++) {
            m[q] = new boolean[a[q].length];
            for (int k = 0; k < a[q].length; k++) m[q][k] = !a[q][k];
        }
        return m;
    }
}
