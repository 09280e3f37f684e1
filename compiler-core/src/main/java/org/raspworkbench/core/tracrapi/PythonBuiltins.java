package org.raspworkbench.core.tracrapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raspworkbench.core.dag.Lifting;
import org.raspworkbench.core.interpreter.CallArgs;
import org.raspworkbench.core.interpreter.Context;
import org.raspworkbench.core.interpreter.Errors;
import org.raspworkbench.core.interpreter.Interpreter;
import org.raspworkbench.core.interpreter.Iteration;
import org.raspworkbench.core.interpreter.NativeFunction;
import org.raspworkbench.core.value.DictValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.PythonError;
import org.raspworkbench.core.value.PythonOps;
import org.raspworkbench.core.value.ListValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.SetValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/**
 * Python built-ins that a {@code .py} file has and the {@code .rasp} language does not: {@code print}
 * (the script's output is the compiled model, so printing does nothing), Python's own {@code map} and
 * {@code filter} on lists, {@code set}, {@code dict}, {@code repr}, and the exceptions a script raises.
 */
public final class PythonBuiltins {
    private PythonBuiltins() {
    }

    /** Exceptions a program may raise: {@code raise ValueError("...")} stops it with that message at its text. */
    private static final List<String> EXCEPTIONS = List.of("Exception", "ValueError", "TypeError",
            "NotImplementedError", "AssertionError", "KeyError", "IndexError", "RuntimeError");

    public static void define(Interpreter interpreter) {
        for (Fn f : Fn.values()) interpreter.defineBuiltin(f.pyName, f);
        for (String e : EXCEPTIONS) interpreter.defineBuiltin(e, new ExceptionClass(e));
        // a script is always the main module: `if __name__ == "__main__":` runs its body
        interpreter.defineBuiltin("__name__", StrValue.of("__main__"));
    }

    enum Fn implements NativeFunction {
        PRINT("print"), MAP("map"), FILTER("filter"), SET("set"), DICT("dict"), REPR("repr"), ORD("ord"), CHR("chr"),
        POW("pow"), DIVMOD("divmod");

        final String pyName;

        Fn(String pyName) {
            this.pyName = pyName;
        }

        @Override
        public Value call(Interpreter interpreter, CallArgs args, Context ctx) {
            for (int i = 0; i < args.size(); i++) {
                if (this != PRINT && Lifting.isRasp(args.get(i))) {
                    throw Errors.type(pyName + "() cannot take " + Lifting.article(args.get(i)) + hint(),
                            args.rangeOf(i));
                }
            }
            switch (this) {
                case PRINT:
                    return NoneValue.NONE;
                case REPR:
                    arity(args, 1, 1);
                    return StrValue.of(args.get(0).repr());
                case ORD: {
                    arity(args, 1, 1);
                    if (!(args.get(0) instanceof StrValue s) || s.value().codePointCount(0, s.value().length()) != 1) {
                        throw Errors.type("ord() expected a character, but got " + args.get(0).repr(), args.rangeOf(0));
                    }
                    return IntValue.of(s.value().codePointAt(0));
                }
                case CHR: {
                    arity(args, 1, 1);
                    if (!(args.get(0) instanceof IntValue i)) {
                        throw Errors.type("'" + args.get(0).typeName() + "' object cannot be interpreted as an integer",
                                args.rangeOf(0));
                    }
                    if (i.value() < 0 || i.value() > 0x10FFFF) {
                        throw Errors.value("chr() arg not in range(0x110000)", args.rangeOf(0));
                    }
                    return StrValue.of(new String(Character.toChars((int) i.value())));
                }
                case POW:
                case DIVMOD: {
                    arity(args, 2, 2);
                    try {
                        if (this == POW) return PythonOps.pow(args.get(0), args.get(1));
                        return new TupleValue(List.of(PythonOps.floordiv(args.get(0), args.get(1)),
                                PythonOps.mod(args.get(0), args.get(1))));
                    } catch (PythonError e) {
                        throw Errors.at(e, args.range());
                    }
                }
                case SET: {
                    arity(args, 0, 1);
                    Set<Value> items = new LinkedHashSet<>();
                    if (args.size() == 1) items.addAll(Iteration.list(args.get(0), args.rangeOf(0)));
                    return new SetValue(items);
                }
                case DICT: {
                    arity(args, 0, 1);
                    Map<Value, Value> entries = new LinkedHashMap<>();
                    if (args.size() == 1) {
                        if (args.get(0) instanceof DictValue d) {
                            entries.putAll(d.entries());
                        } else {
                            for (Value pair : Iteration.list(args.get(0), args.rangeOf(0))) {
                                List<Value> kv = Iteration.list(pair, args.rangeOf(0));
                                if (kv.size() != 2) {
                                    throw Errors.value("dictionary update sequence element has length " + kv.size()
                                            + "; 2 is required", args.rangeOf(0));
                                }
                                entries.put(kv.get(0), kv.get(1));
                            }
                        }
                    }
                    for (CallArgs.Keyword k : args.keywords()) entries.put(StrValue.of(k.name()), k.value());
                    return new DictValue(entries);
                }
                case FILTER: {
                    arity(args, 2, 2);
                    List<Value> out = new ArrayList<>();
                    for (Value v : Iteration.list(args.get(1), args.rangeOf(1))) {
                        boolean keep = args.get(0) instanceof NoneValue ? v.truthy()
                                : interpreter.callValue(args.get(0), CallArgs.positional(List.of(v), args.range()), ctx)
                                .truthy();
                        if (keep) out.add(v);
                    }
                    return new ListValue(out);
                }
                default: {
                    if (args.size() < 2) throw Errors.type("map() must have at least two arguments", args.range());
                    List<List<Value>> columns = new ArrayList<>();
                    int n = Integer.MAX_VALUE;
                    for (int i = 1; i < args.size(); i++) {
                        columns.add(Iteration.list(args.get(i), args.rangeOf(i)));
                        n = Math.min(n, columns.get(columns.size() - 1).size());
                    }
                    List<Value> out = new ArrayList<>();
                    for (int row = 0; row < n; row++) {
                        List<Value> call = new ArrayList<>();
                        for (List<Value> c : columns) call.add(c.get(row));
                        out.add(interpreter.callValue(args.get(0), CallArgs.positional(call, args.range()), ctx));
                    }
                    return new ListValue(out);
                }
            }
        }

        private String hint() {
            return this == MAP ? ": Python's map works on lists; for an S-op use rasp.Map(f, sop)" : "";
        }

        private void arity(CallArgs args, int min, int max) {
            if (args.size() < min || args.size() > max) {
                throw Errors.type(pyName + "() takes " + (min == max ? "" + min : min + " to " + max) + " argument"
                        + (max == 1 ? "" : "s") + " (" + args.size() + " given)", args.range());
            }
            if (this != DICT && this != PRINT && !args.keywords().isEmpty()) {
                throw Errors.type(pyName + "() takes no keyword arguments", args.keywords().get(0).range());
            }
        }

        @Override
        public String repr() {
            return "<built-in function " + pyName + ">";
        }
    }

    /** {@code ValueError} and the others: calling one makes the exception a {@code raise} stops with. */
    record ExceptionClass(String name) implements NativeFunction {
        @Override
        public Value call(Interpreter interpreter, CallArgs args, Context ctx) {
            List<String> parts = new ArrayList<>();
            for (Value v : args.values()) parts.add(v.str());
            String message = parts.isEmpty() ? "" : parts.size() == 1 ? parts.get(0)
                    : new TupleValue(args.values()).str();
            return StrValue.of(message.isEmpty() ? name : name + ": " + message);
        }

        @Override
        public String str() {
            return name;
        }

        @Override
        public String repr() {
            return "<class '" + name + "'>";
        }
    }
}
