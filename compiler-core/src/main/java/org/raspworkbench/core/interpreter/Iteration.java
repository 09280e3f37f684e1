package org.raspworkbench.core.interpreter;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.dag.SOpValue;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.DictValue;
import org.raspworkbench.core.value.ListValue;
import org.raspworkbench.core.value.PythonError;
import org.raspworkbench.core.value.PythonOps;
import org.raspworkbench.core.value.SetValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/** What a {@code for} can loop over, as in Python: lists, tuples, strings, sets, dict keys, ranges. */
public final class Iteration {
    private Iteration() {
    }

    public static Iterable<Value> of(Value v, SourceRange range) {
        if (v instanceof ListValue l) return List.copyOf(l.items()); // a loop that appends sees the list as it was
        if (v instanceof TupleValue t) return t.items();
        if (v instanceof SetValue s) return s.items();
        if (v instanceof DictValue d) return d.entries().keySet();
        if (v instanceof RangeValue r) return r;
        if (v instanceof StrValue s) {
            List<Value> chars = new ArrayList<>();
            s.value().codePoints().forEach(cp -> chars.add(StrValue.of(new String(Character.toChars(cp)))));
            return chars;
        }
        if (v instanceof SOpValue) {
            throw Errors.type("an S-op cannot be looped over: its values are only known when the model runs on an "
                    + "input", range);
        }
        throw Errors.type("'" + v.typeName() + "' object is not iterable", range);
    }

    /** The items as a list, refusing more than the size limit. */
    public static List<Value> list(Value v, SourceRange range) {
        if (v instanceof RangeValue r) {
            try {
                PythonOps.checkSize(r.size());
            } catch (PythonError e) {
                throw Errors.at(e, range);
            }
        }
        Iterable<Value> items = of(v, range);
        if (items instanceof List<Value> l) return l;
        List<Value> out = new ArrayList<>();
        for (Value x : items) out.add(x);
        return out;
    }

    /** Python's hashability: lists, sets and dicts cannot be set members or dict keys. */
    static void requireHashable(Value v, SourceRange range) {
        if (v instanceof ListValue || v instanceof SetValue || v instanceof DictValue) {
            throw Errors.type("unhashable type: '" + v.typeName() + "'", range);
        }
        if (v instanceof TupleValue t) for (Value x : t.items()) requireHashable(x, range);
    }
}
