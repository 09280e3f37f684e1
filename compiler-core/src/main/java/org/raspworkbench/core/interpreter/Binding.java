package org.raspworkbench.core.interpreter;


import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/** Matches a call's arguments to a function's parameters, with Python's messages. */
public final class Binding {
    private Binding() {
    }

    static List<Value> bind(FunctionValue f, CallArgs args) {
        int n = f.positionalParams();
        String who = f.describe();
        if (args.size() > n && !f.variadic()) {
            throw Errors.type(who + " takes " + count(n) + " but " + args.size() + " were given", args.range());
        }
        // one value per parameter, in their order; *args's tuple at its place, keyword-only ones after it
        int star = f.starAt();
        List<Value> bound = new ArrayList<>(java.util.Collections.nCopies(f.params.size(), (Value) null));
        for (int i = 0; i < Math.min(n, args.size()); i++) bound.set(i, args.get(i));
        for (CallArgs.Keyword k : args.keywords()) {
            int at = -1;
            for (int i = 0; i < f.params.size(); i++) {
                if (i != star && f.params.get(i).name().equals(k.name())) at = i;
            }
            if (at < 0) throw Errors.type(who + " got an unexpected keyword argument '" + k.name() + "'", k.range());
            if (bound.get(at) != null) {
                throw Errors.type(who + " got multiple values for argument '" + k.name() + "'", k.range());
            }
            bound.set(at, k.value());
        }
        for (int i = 0; i < f.params.size(); i++) {
            if (i != star && bound.get(i) == null) {
                Value d = f.defaults.get(i);
                if (d == null) {
                    throw Errors.type(who + " is missing the argument '" + f.params.get(i).name() + "'", args.range());
                }
                bound.set(i, d);
            }
        }
        if (star >= 0) {
            List<Value> rest = args.size() > n ? args.values().subList(n, args.size()) : List.of();
            bound.set(star, new TupleValue(rest));
        }
        return bound;
    }

    private static String count(int n) {
        return n == 1 ? "1 argument" : n + " arguments";
    }
}
