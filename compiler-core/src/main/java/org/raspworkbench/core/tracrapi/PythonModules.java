package org.raspworkbench.core.tracrapi;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.dag.Lifting;
import org.raspworkbench.core.interpreter.CallArgs;
import org.raspworkbench.core.interpreter.Context;
import org.raspworkbench.core.interpreter.Errors;
import org.raspworkbench.core.interpreter.HasAttributes;
import org.raspworkbench.core.interpreter.Interpreter;
import org.raspworkbench.core.interpreter.Iteration;
import org.raspworkbench.core.interpreter.NativeFunction;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.ListValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/**
 * Python's {@code typing} (its names exist, for annotations, which are read and ignored),
 * and the basics of {@code itertools} ({@code product}, {@code combinations}, {@code permutations},
 * {@code chain}; lists where Python gives iterators) and {@code functools} ({@code reduce},
 * {@code partial}).
 */
final class PythonModules {
    private PythonModules() {
    }

    /** Every attribute of typing is a name usable in annotations. */
    static final class Typing implements HasAttributes {
        static final Typing VALUE = new Typing();

        @Override
        public Value attribute(String name, SourceRange range) {
            return new TypingName(name);
        }

        @Override
        public String typeName() {
            return "module";
        }

        @Override
        public String repr() {
            return "<module 'typing'>";
        }
    }

    /**
     * A name of typing (or a Tracr type): usable in annotations and aliases ({@code Union[int, float]}
     * is another such name), and {@code TypeVar("T")} and {@code cast(T, x)} can be called.
     */
    record TypingName(String name) implements org.raspworkbench.core.interpreter.TypeTest,
            org.raspworkbench.core.interpreter.Subscriptable, NativeFunction {
        @Override
        public Value item(Value index) {
            return new TypingName(name + "[" + index.repr() + "]");
        }

        @Override
        public Value call(Interpreter interpreter, CallArgs args, Context ctx) {
            if ((name.equals("TypeVar") || name.equals("NewType")) && args.size() >= 1) {
                return new TypingName(args.get(0).str());
            }
            if (name.equals("cast") && args.size() == 2) return args.get(1);
            throw Errors.type("typing." + name + " cannot be called here; use it in annotations", args.range());
        }

        /** Tracr's expression types answer isinstance; typing's names (List, ...) are for annotations only. */
        @Override
        public boolean test(Value v) {
            return switch (name) {
                case "rasp.SOp" -> v instanceof org.raspworkbench.core.dag.SOpValue;
                case "rasp.Selector" -> v instanceof org.raspworkbench.core.dag.SelectorValue;
                case "rasp.RASPExpr" -> v instanceof org.raspworkbench.core.dag.NodeValue;
                default -> throw new RaspException(ErrorKind.UNSUPPORTED, "isinstance() with " + repr()
                        + " is not supported; use it in annotations", SourceRange.NONE);
            };
        }

        @Override
        public String typeName() {
            return "typing special form";
        }

        @Override
        public String repr() {
            return "typing." + name;
        }
    }

    enum Fn implements NativeFunction {
        PRODUCT("product"), COMBINATIONS("combinations"), PERMUTATIONS("permutations"), CHAIN("chain"),
        REDUCE("reduce"), PARTIAL("partial");

        final String pyName;

        Fn(String pyName) {
            this.pyName = pyName;
        }

        @Override
        public Value call(Interpreter interpreter, CallArgs args, Context ctx) {
            for (int i = 0; i < args.size(); i++) {
                if (Lifting.isRasp(args.get(i)) && this != PARTIAL) {
                    throw Errors.type(pyName + "() cannot take " + Lifting.article(args.get(i)), args.rangeOf(i));
                }
            }
            switch (this) {
                case PRODUCT: {
                    CallArgs.Keyword k = args.keyword("repeat");
                    int repeat = k == null ? 1 : count(k.value(), k.range());
                    List<List<Value>> pools = new ArrayList<>();
                    for (int r = 0; r < repeat; r++) {
                        for (int i = 0; i < args.size(); i++) pools.add(Iteration.list(args.get(i), args.rangeOf(i)));
                    }
                    List<List<Value>> out = new ArrayList<>();
                    out.add(List.of());
                    for (List<Value> pool : pools) {
                        List<List<Value>> next = new ArrayList<>();
                        for (List<Value> prefix : out) {
                            for (Value v : pool) {
                                List<Value> t = new ArrayList<>(prefix);
                                t.add(v);
                                next.add(t);
                                ctx(next.size(), args.range());
                            }
                        }
                        out = next;
                    }
                    return tuples(out);
                }
                case COMBINATIONS:
                case PERMUTATIONS: {
                    List<Value> pool = Iteration.list(args.get(0), args.rangeOf(0));
                    int r = args.size() > 1 ? count(args.get(1), args.rangeOf(1)) : pool.size();
                    List<List<Value>> out = new ArrayList<>();
                    pick(pool, r, this == PERMUTATIONS, new ArrayList<>(), new boolean[pool.size()], 0, out, args.range());
                    return tuples(out);
                }
                case CHAIN: {
                    List<Value> out = new ArrayList<>();
                    for (int i = 0; i < args.size(); i++) out.addAll(Iteration.list(args.get(i), args.rangeOf(i)));
                    return new ListValue(out);
                }
                case REDUCE: {
                    if (args.size() < 2 || args.size() > 3) {
                        throw Errors.type("reduce() takes a function, an iterable and an optional initial value",
                                args.range());
                    }
                    List<Value> items = Iteration.list(args.get(1), args.rangeOf(1));
                    if (items.isEmpty() && args.size() < 3) {
                        throw Errors.type("reduce() of empty iterable with no initial value", args.range());
                    }
                    Value acc = args.size() == 3 ? args.get(2) : items.get(0);
                    for (int i = args.size() == 3 ? 0 : 1; i < items.size(); i++) {
                        acc = interpreter.callValue(args.get(0), CallArgs.positional(List.of(acc, items.get(i)),
                                args.range()), ctx);
                    }
                    return acc;
                }
                default: {
                    if (args.size() < 1) throw Errors.type("partial() needs a function", args.range());
                    return new Partial(args.get(0), args.values().subList(1, args.size()), args.keywords());
                }
            }
        }

        private static void pick(List<Value> pool, int r, boolean ordered, List<Value> chosen, boolean[] used,
                                 int from, List<List<Value>> out, SourceRange range) {
            if (chosen.size() == r) {
                out.add(new ArrayList<>(chosen));
                ctx(out.size(), range);
                return;
            }
            for (int i = ordered ? 0 : from; i < pool.size(); i++) {
                if (used[i]) continue;
                used[i] = true;
                chosen.add(pool.get(i));
                pick(pool, r, ordered, chosen, used, i + 1, out, range);
                chosen.remove(chosen.size() - 1);
                used[i] = false;
            }
        }

        /** Keeps the result within the interpreter's size limit for lists. */
        private static void ctx(int size, SourceRange range) {
            if (size > 1_000_000) throw new RaspException(ErrorKind.LIMIT, "the result has more than 1,000,000 items",
                    range);
        }

        private static int count(Value v, SourceRange range) {
            if (v instanceof IntValue i && i.value() >= 0) return (int) Math.min(i.value(), 1_000_000);
            throw Errors.type("expected a non-negative int, not " + (v instanceof NumericValue ? v.repr() : v.typeName()),
                    range);
        }

        private static Value tuples(List<List<Value>> rows) {
            List<Value> out = new ArrayList<>(rows.size());
            for (List<Value> r : rows) out.add(new TupleValue(r));
            return new ListValue(out);
        }

        @Override
        public String repr() {
            return "<built-in function " + pyName + ">";
        }
    }

    /** {@code functools.partial(f, *args, **kwargs)}. */
    record Partial(Value function, List<Value> bound, List<CallArgs.Keyword> keywords) implements NativeFunction {
        @Override
        public Value call(Interpreter interpreter, CallArgs args, Context ctx) {
            List<Value> values = new ArrayList<>(bound);
            values.addAll(args.values());
            List<SourceRange> ranges = new ArrayList<>();
            for (int i = 0; i < bound.size(); i++) ranges.add(args.range());
            ranges.addAll(args.ranges());
            List<CallArgs.Keyword> kw = new ArrayList<>(keywords);
            kw.addAll(args.keywords());
            return interpreter.callValue(function, new CallArgs(values, ranges, kw, args.range()), ctx);
        }

        @Override
        public String repr() {
            return "functools.partial(" + function.repr() + ")";
        }
    }

    static final class Itertools implements HasAttributes {
        static final Itertools VALUE = new Itertools();

        @Override
        public Value attribute(String name, SourceRange range) {
            return member(name, range, "itertools", Fn.PRODUCT, Fn.COMBINATIONS, Fn.PERMUTATIONS, Fn.CHAIN);
        }

        @Override
        public String typeName() {
            return "module";
        }

        @Override
        public String repr() {
            return "<module 'itertools'>";
        }
    }

    static final class Functools implements HasAttributes {
        static final Functools VALUE = new Functools();

        @Override
        public Value attribute(String name, SourceRange range) {
            return member(name, range, "functools", Fn.REDUCE, Fn.PARTIAL);
        }

        @Override
        public String typeName() {
            return "module";
        }

        @Override
        public String repr() {
            return "<module 'functools'>";
        }
    }

    private static Value member(String name, SourceRange range, String module, Fn... fns) {
        List<String> names = new ArrayList<>();
        for (Fn f : fns) {
            if (f.pyName.equals(name)) return f;
            names.add(f.pyName);
        }
        throw new RaspException(ErrorKind.UNSUPPORTED, module + "." + name + " is not supported; of " + module
                + " there are " + String.join(", ", names), range);
    }
}
