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
        List<Value> bound = new ArrayList<>(java.util.Collections.nCopies(n, (Value) null));
        for (int i = 0; i < Math.min(n, args.size()); i++) bound.set(i, args.get(i));
        for (CallArgs.Keyword k : args.keywords()) {
            int at = -1;
            for (int i = 0; i < n; i++) if (f.params.get(i).name().equals(k.name())) at = i;
            if (at < 0) throw Errors.type(who + " got an unexpected keyword argument '" + k.name() + "'", k.range());
            if (bound.get(at) != null) {
                throw Errors.type(who + " got multiple values for argument '" + k.name() + "'", k.range());
            }
            bound.set(at, k.value());
        }
        for (int i = 0; i < n; i++) {
            if (bound.get(i) == null) {
                Value d = f.defaults.get(i);
                if (d == null) {
                    throw Errors.type(who + " is missing the argument '" + f.params.get(i).name() + "'", args.range());
                }
                bound.set(i, d);
            }
        }
        if (f.variadic()) {
            List<Value> rest = args.size() > n ? args.values().subList(n, args.size()) : List.of();
            bound.add(new TupleValue(rest));
        }
        return bound;
    }

    private static String count(int n) {
        return n == 1 ? "1 argument" : n + " arguments";
    }
}
