package org.raspworkbench.core.interpreter;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.dag.SOpValue;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.DictValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.ListValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.PythonError;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/** {@code x[i]} and {@code x[a:b:c]} with Python's rules (negative indices, clamped slices). */
public final class Indexing {
    private Indexing() {
    }

    static Value index(Value target, Value index, SourceRange range) {
        try {
            if (target instanceof DictValue d) {
                Value v = d.entries().get(index);
                if (v == null) throw PythonError.value("the key " + index.repr() + " is not in the dict");
                return v;
            }
            if (target instanceof ListValue l) return l.items().get(position(index, l.items().size(), "list"));
            if (target instanceof TupleValue t) return t.items().get(position(index, t.items().size(), "tuple"));
            if (target instanceof StrValue s) {
                int[] cps = s.value().codePoints().toArray();
                return StrValue.of(new String(Character.toChars(cps[position(index, cps.length, "string")])));
            }
            if (target instanceof RangeValue r) {
                return IntValue.of(r.get(position(index, (int) Math.min(Integer.MAX_VALUE, r.size()), "range")));
            }
            if (target instanceof SOpValue) {
                throw PythonError.type("an S-op cannot be indexed while the program runs; to read the value at "
                        + "another position use select and aggregate");
            }
            if (target instanceof Subscriptable s) return s.item(index);
            throw PythonError.type("'" + target.typeName() + "' object is not subscriptable");
        } catch (PythonError e) {
            throw Errors.at(e, range);
        }
    }

    private static int position(Value index, int size, String what) {
        long i = HostBuiltins.asIndexFor(index, what);
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw PythonError.value(what + " index out of range");
        return (int) i;
    }

    static Value slice(Value target, Value lower, Value upper, Value step, SourceRange range) {
        try {
            if (target instanceof ListValue l) return new ListValue(pick(l.items(), lower, upper, step));
            if (target instanceof TupleValue t) return new TupleValue(pick(t.items(), lower, upper, step));
            if (target instanceof StrValue s) {
                List<Value> chars = new ArrayList<>();
                s.value().codePoints().forEach(cp -> chars.add(StrValue.of(new String(Character.toChars(cp)))));
                StringBuilder sb = new StringBuilder();
                for (Value c : pick(chars, lower, upper, step)) sb.append(((StrValue) c).value());
                return StrValue.of(sb.toString());
            }
            if (target instanceof RangeValue r) {
                List<Value> items = Iteration.list(r, range);
                return new ListValue(pick(items, lower, upper, step));
            }
            throw PythonError.type("'" + target.typeName() + "' object is not subscriptable");
        } catch (PythonError e) {
            throw Errors.at(e, range);
        }
    }

    /** CPython's slice index adjustment. */
    private static List<Value> pick(List<Value> items, Value lower, Value upper, Value stepValue) {
        int n = items.size();
        long step = isNone(stepValue) ? 1 : HostBuiltins.asIndex(stepValue);
        if (step == 0) throw PythonError.value("slice step cannot be zero");
        long start;
        long stop;
        if (step > 0) {
            start = isNone(lower) ? 0 : clamp(HostBuiltins.asIndex(lower), n, 0, n);
            stop = isNone(upper) ? n : clamp(HostBuiltins.asIndex(upper), n, 0, n);
        } else {
            start = isNone(lower) ? n - 1 : clamp(HostBuiltins.asIndex(lower), n, -1, n - 1);
            stop = isNone(upper) ? -1 : clamp(HostBuiltins.asIndex(upper), n, -1, n - 1);
        }
        List<Value> out = new ArrayList<>();
        if (step > 0) {
            for (long i = start; i < stop; i += step) out.add(items.get((int) i));
        } else {
            for (long i = start; i > stop; i += step) out.add(items.get((int) i));
        }
        return out;
    }

    private static long clamp(long i, int n, long low, long high) {
        if (i < 0) i += n;
        return Math.max(low, Math.min(high, i));
    }

    private static boolean isNone(Value v) {
        return v == null || v instanceof NoneValue;
    }
}
