package org.raspworkbench.core.tracrapi;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.interpreter.CallArgs;
import org.raspworkbench.core.interpreter.Errors;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.ParseResult;
import org.raspworkbench.core.syntax.PythonParser;
import org.raspworkbench.core.syntax.Stmt;
import org.raspworkbench.core.syntax.Expr;
import org.raspworkbench.core.value.Value;

/**
 * A call's arguments bound to a Tracr function's parameters as Python binds them (positionally,
 * then by keyword, then defaults), with the text of each, or Python's error at the call.
 */
record TracrArgs(List<Value> values, List<SourceRange> ranges, SourceRange range) {
    Value get(int i) {
        return values.get(i);
    }

    SourceRange rangeOf(int i) {
        return ranges.get(i);
    }

    /** The bound arguments as positional ones, in parameter order, for the .rasp built-in of the same job. */
    CallArgs positional(int count) {
        return new CallArgs(values.subList(0, count), ranges.subList(0, count), List.of(), range);
    }

    static TracrArgs bind(String function, List<String> params, CallArgs args) {
        int n = params.size();
        Value[] values = new Value[n];
        SourceRange[] ranges = new SourceRange[n];
        if (args.size() > n) {
            throw Errors.type(function + "() takes " + n + " positional argument" + (n == 1 ? "" : "s") + " but "
                    + args.size() + " were given", args.range());
        }
        for (int i = 0; i < args.size(); i++) {
            values[i] = args.get(i);
            ranges[i] = args.rangeOf(i);
        }
        for (CallArgs.Keyword k : args.keywords()) {
            int at = -1;
            for (int i = 0; i < n; i++) if (name(params.get(i)).equals(k.name())) at = i;
            if (at < 0) throw Errors.type(function + "() got an unexpected keyword argument '" + k.name() + "'", k.range());
            if (values[at] != null) {
                throw Errors.type(function + "() got multiple values for argument '" + k.name() + "'", k.range());
            }
            values[at] = k.value();
            ranges[at] = k.range();
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (values[i] != null) continue;
            String p = params.get(i);
            int eq = p.indexOf('=');
            if (eq < 0) {
                missing.add("'" + p + "'");
                continue;
            }
            values[i] = constant(p.substring(eq + 1));
            ranges[i] = args.range();
        }
        if (!missing.isEmpty()) {
            throw Errors.type(function + "() missing " + missing.size() + " required argument" + (missing.size() == 1
                    ? "" : "s") + ": " + String.join(" and ", missing), args.range());
        }
        return new TracrArgs(List.of(values), List.of(ranges), args.range());
    }

    private static String name(String param) {
        int eq = param.indexOf('=');
        return eq < 0 ? param : param.substring(0, eq);
    }

    /** Defaults read once: a program may call rasp.Map thousands of times. */
    private static final java.util.Map<String, Value> CONSTANTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A default written in Python ({@code True}, {@code None}, {@code 100}, {@code "compiler_bos"}). */
    private static Value constant(String python) {
        return CONSTANTS.computeIfAbsent(python, text -> {
            ParseResult r = PythonParser.parseLibrary("x = " + text + "\n");
            Stmt.Assign a = (Stmt.Assign) r.program().orElseThrow().statements().get(0);
            return ((Expr.Literal) a.value()).value();
        });
    }
}
