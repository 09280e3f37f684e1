package org.raspworkbench.core.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.source.ArithmeticFailure;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/**
 * A function's results on the inputs the model sees, as a lookup table. An input where it fails
 * with an arithmetic error, or gives {@code None}, is left out: Tracr drops both from value sets,
 * and a lookup that gives {@code None} there is what our compiler builds (where Tracr's categorical
 * MLP would stop on the error). Empty when an input cannot be a dict key that finds itself (NaN).
 */
final class FunctionTable {
    private FunctionTable() {
    }

    static Optional<FunctionForm.Table> of(RaspFunction fn, List<List<Value>> inputs, boolean predicate, String why) {
        List<FunctionForm.TableEntry> entries = new ArrayList<>();
        boolean partial = false;
        for (List<Value> args : inputs) {
            if (args.stream().anyMatch(FunctionTable::unfindable)) return Optional.empty();
            Value r;
            try {
                r = fn.apply(args);
            } catch (ArithmeticFailure e) {
                partial = true;
                continue;
            }
            if (predicate) {
                if (FunctionCheck.score(r) != 0) entries.add(new FunctionForm.TableEntry(args, r));
            } else if (r instanceof NoneValue) {
                partial = true;
            } else {
                entries.add(new FunctionForm.TableEntry(args, r));
            }
        }
        return Optional.of(new FunctionForm.Table(inputs.isEmpty() ? 1 : inputs.get(0).size(), entries, partial, why));
    }

    private static boolean unfindable(Value v) {
        if (v instanceof FloatValue f) return Double.isNaN(f.value());
        if (v instanceof TupleValue t) return t.items().stream().anyMatch(FunctionTable::unfindable);
        return false;
    }
}
