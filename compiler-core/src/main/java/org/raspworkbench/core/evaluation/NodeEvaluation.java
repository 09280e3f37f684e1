package org.raspworkbench.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.Predicate;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.ListValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.PythonError;
import org.raspworkbench.core.value.PythonOps;
import org.raspworkbench.core.value.Value;

/**
 * Tracr's evaluation rule for one node: applying its function, testing its predicate, averaging
 * what it selects, counting a width. A failure is reported to {@link Failures} and gives None. The
 * one place these rules live: {@link Evaluator} runs them over whole lists, {@link MemoizedEvaluator}
 * one value (or pair) at a time when its memo has no answer yet.
 */
final class NodeEvaluation {
    /**
     * Where a node's failures go. The diagnostic is made on request (at once or never), so a caller
     * that only needs to know that something failed pays nothing for the message.
     */
    interface Failures {
        void fail(RaspExpr node, Supplier<Diagnostic> diagnostic);
    }

    private final Failures failures;
    private final RaspExpr node;

    NodeEvaluation(Failures failures, RaspExpr node) {
        this.failures = failures;
        this.node = node;
    }

    List<Value> map(RaspFunction fn, List<Value> xs) {
        List<Value> out = new ArrayList<>(xs.size());
        for (int i = 0; i < xs.size(); i++) out.add(map(fn, xs.get(i), i));
        return out;
    }

    /** {@code fn(x)} at one position; None without calling {@code fn} when {@code x} is None. */
    Value map(RaspFunction fn, Value x, int position) {
        return x instanceof NoneValue ? NoneValue.NONE : apply(fn, List.of(x), position);
    }

    List<Value> sequenceMap(RaspFunction fn, List<Value> xs, List<Value> ys) {
        int n = Math.min(xs.size(), ys.size());
        List<Value> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(sequenceMap(fn, xs.get(i), ys.get(i), i));
        return out;
    }

    /** {@code fn(x, y)} at one position; None without calling {@code fn} when either is None. */
    Value sequenceMap(RaspFunction fn, Value x, Value y, int position) {
        boolean none = x instanceof NoneValue || y instanceof NoneValue;
        return none ? NoneValue.NONE : apply(fn, List.of(x, y), position);
    }

    private Value apply(RaspFunction fn, List<Value> args, int position) {
        try {
            Value v = fn.apply(args);
            return v == null ? NoneValue.NONE : v;
        } catch (RaspException e) {
            Diagnostic d = e.diagnostic();
            failures.fail(node, () -> Diagnostic.error(d.kind(), "'" + node.name() + "' failed at position " + position
                    + " on " + describe(args) + ": " + d.message(), d.range()));
        } catch (StackOverflowError e) {
            failures.fail(node, () -> Diagnostic.error(ErrorKind.LIMIT, "'" + node.name() + "' failed at position " + position
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

    List<Value> aggregate(boolean[][] selection, List<Value> values, Value defaultValue) {
        List<Value> out = new ArrayList<>(selection.length);
        Mean selected = new Mean();
        for (int q = 0; q < selection.length; q++) {
            selected.clear();
            for (int k = 0; k < selection[q].length && k < values.size(); k++) {
                if (selection[q][k]) selected.add(values.get(k));
            }
            out.add(mean(selected, defaultValue, q));
        }
        return out;
    }

    /** Tracr's {@code _mean}: the default if nothing is selected, the value if one, else the numeric mean. */
    Value mean(Mean xs, Value defaultValue, int position) {
        if (xs.count() == 0) return defaultValue;
        if (xs.count() == 1) return xs.first();
        if (!xs.numeric()) {
            failures.fail(node, () -> Diagnostic.error(ErrorKind.VALUE, "'" + node.name() + "' selects "
                    + new ListValue(xs.selected()).repr() + " at position " + position
                    + ", but only numbers can be averaged", node.range()));
            return NoneValue.NONE;
        }
        try {
            if (!xs.overflowed()) return PythonOps.truediv(xs.sum(), IntValue.of(xs.count()));
        } catch (PythonError | ArithmeticException e) {
            // reported below, as an overflowing sum is
        }
        failures.fail(node, () -> Diagnostic.error(ErrorKind.LIMIT, "'" + node.name() + "' at position " + position
                + ": the sum of the selected values does not fit in 64 bits", node.range()));
        return NoneValue.NONE;
    }

    static List<Value> width(boolean[][] selection) {
        List<Value> out = new ArrayList<>(selection.length);
        for (boolean[] row : selection) {
            int n = 0;
            for (boolean b : row) if (b) n++;
            out.add(width(n));
        }
        return out;
    }

    /** A selector width's value where the query selects {@code selected} keys. */
    static Value width(int selected) {
        return IntValue.of(selected);
    }

    /** {@code [query][key]}: whether the query at each position selects each key. */
    boolean[][] select(Predicate predicate, List<Value> keys, List<Value> queries) {
        boolean[][] m = new boolean[queries.size()][keys.size()];
        for (int q = 0; q < queries.size(); q++) {
            for (int k = 0; k < keys.size(); k++) m[q][k] = test(predicate, keys.get(k), queries.get(q), q, k);
        }
        return m;
    }

    /** Whether the query selects the key ({@code q}, {@code k}: their positions, for messages). */
    boolean test(Predicate p, Value key, Value query, int q, int k) {
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
            failures.fail(node, () -> Diagnostic.error(ErrorKind.VALUE, "'" + node.name() + "' compares None with "
                    + c.text() + " (query position " + q + ", key position " + k + ")", node.range()));
            return false;
        }
        try {
            return p.test(key, query);
        } catch (RaspException e) {
            Diagnostic d = e.diagnostic();
            failures.fail(node, () -> Diagnostic.error(d.kind(), "'" + node.name() + "' failed on key " + key.repr()
                    + " and query " + query.repr() + ": " + d.message(), d.range()));
        } catch (IllegalArgumentException e) {
            failures.fail(node, () -> Diagnostic.error(ErrorKind.TYPE, "'" + node.name() + "': " + e.getMessage(),
                    node.range()));
        } catch (StackOverflowError e) {
            failures.fail(node, () -> Diagnostic.error(ErrorKind.LIMIT, "'" + node.name()
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
