package org.raspworkbench.core.interpreter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.raspworkbench.core.dag.SOpValue;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.DictValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.ListValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.PythonError;
import org.raspworkbench.core.value.PythonOps;
import org.raspworkbench.core.value.SetValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.core.value.Values;

/** The host built-ins on plain values, as Python defines them. */
public final class HostBuiltins {
    private HostBuiltins() {
    }

    static Value call(Builtin b, CallArgs a, Caller caller) {
        SourceRange r = a.range();
        switch (b) {
            case LEN: return len(one(a, b), r);
            case RANGE: return range(a);
            case ABS: return PythonOps.abs(one(a, b));
            case MIN: return extreme(a, caller, true);
            case MAX: return extreme(a, caller, false);
            case ROUND: return round(a);
            case FLOOR: return floorCeil(one(a, b), true);
            case CEIL: return floorCeil(one(a, b), false);
            case INT: return a.size() == 0 ? IntValue.of(0) : toInt(one(a, b));
            case FLOAT: return a.size() == 0 ? FloatValue.of(0) : toFloat(one(a, b));
            case STR: return a.size() == 0 ? StrValue.of("") : StrValue.of(one(a, b).str());
            case BOOL: return a.size() == 0 ? BoolValue.FALSE : BoolValue.of(one(a, b).truthy());
            case SUM: return sum(a);
            case ANY: return anyAll(one(a, b), r, true);
            case ALL: return anyAll(one(a, b), r, false);
            case SORTED: return sorted(a, caller);
            case LIST: return a.size() == 0 ? new ListValue(List.of()) : new ListValue(Iteration.list(one(a, b), r));
            case TUPLE: return a.size() == 0 ? new TupleValue(List.of()) : new TupleValue(Iteration.list(one(a, b), r));
            case REVERSED: {
                List<Value> items = new ArrayList<>(Iteration.list(one(a, b), r));
                Collections.reverse(items);
                return new ListValue(items);
            }
            case ZIP: return zip(a);
            default: return enumerate(a);
        }
    }

    /** The elements {@code b} walks through when called on {@code args} (0 for built-ins that walk none). */
    static long elementsWalked(Builtin b, List<Value> args) {
        switch (b) {
            case SUM, ANY, ALL, SORTED, LIST, TUPLE, REVERSED, ZIP, ENUMERATE, MIN, MAX -> {
                long n = 0;
                for (Value v : args) n += elementsOf(v);
                return n;
            }
            default -> {
                return 0;
            }
        }
    }

    private static long elementsOf(Value v) {
        if (v instanceof RangeValue r) return r.size();
        if (v instanceof ListValue l) return l.items().size();
        if (v instanceof TupleValue t) return t.items().size();
        if (v instanceof StrValue s) return s.value().length();
        if (v instanceof SetValue s) return s.items().size();
        if (v instanceof DictValue d) return d.entries().size();
        return 0;
    }

    /** {@code isinstance(x, t)} with {@code t} one of int, float, str, bool, list, tuple or a tuple of them. */
    static Value isinstance(CallArgs a) {
        if (a.size() != 2) throw Errors.type("isinstance expected 2 arguments, got " + a.size(), a.range());
        List<Value> types = a.get(1) instanceof TupleValue t ? t.items() : List.of(a.get(1));
        Value x = a.get(0);
        for (Value t : types) {
            if (!(t instanceof BuiltinValue b) || !isType(b.builtin)) {
                throw Errors.type("isinstance() arg 2 must be a type (int, float, str, bool, list, tuple) or a tuple"
                        + " of types, not " + t.repr(), a.rangeOf(1));
            }
            boolean is = switch (b.builtin) {
                case INT -> x instanceof IntValue || x instanceof BoolValue;
                case FLOAT -> x instanceof FloatValue;
                case STR -> x instanceof StrValue;
                case BOOL -> x instanceof BoolValue;
                case LIST -> x instanceof ListValue;
                default -> x instanceof TupleValue;
            };
            if (is) return BoolValue.TRUE;
        }
        return BoolValue.FALSE;
    }

    private static boolean isType(Builtin b) {
        return b == Builtin.INT || b == Builtin.FLOAT || b == Builtin.STR || b == Builtin.BOOL || b == Builtin.LIST
                || b == Builtin.TUPLE;
    }

    private static Value one(CallArgs a, Builtin b) {
        if (a.size() != 1) {
            throw PythonError.type(b.pyName + "() takes exactly one argument (" + a.size() + " given)");
        }
        return a.get(0);
    }

    private static Value len(Value v, SourceRange r) {
        if (v instanceof StrValue s) return IntValue.of(s.value().codePointCount(0, s.value().length()));
        if (v instanceof ListValue l) return IntValue.of(l.items().size());
        if (v instanceof TupleValue t) return IntValue.of(t.items().size());
        if (v instanceof SetValue s) return IntValue.of(s.items().size());
        if (v instanceof DictValue d) return IntValue.of(d.entries().size());
        if (v instanceof RangeValue rv) return IntValue.of(rv.size());
        if (v instanceof SOpValue) {
            throw PythonError.type("len() of an S-op is not known while the program runs; use length, the "
                    + "S-op of the input's length");
        }
        throw PythonError.type("object of type '" + v.typeName() + "' has no len()");
    }

    private static Value range(CallArgs a) {
        if (a.size() < 1 || a.size() > 3) throw PythonError.type("range expected 1 to 3 arguments, got " + a.size());
        long[] n = new long[a.size()];
        for (int i = 0; i < n.length; i++) n[i] = asIndex(a.get(i));
        long start = n.length == 1 ? 0 : n[0];
        long stop = n.length == 1 ? n[0] : n[1];
        long step = n.length == 3 ? n[2] : 1;
        if (step == 0) throw PythonError.value("range() arg 3 must not be zero");
        return new RangeValue(start, stop, step);
    }

    /** An index into a list, tuple or string; the message names what was indexed. */
    static long asIndexFor(Value v, String what) {
        if (v instanceof NumericValue n && PythonOps.isInt(n)) return n.asLong();
        throw PythonError.type(what + " indices must be integers, not " + v.typeName());
    }

    /** An int argument where Python wants one (bool counts; float does not). */
    static long asIndex(Value v) {
        if (v instanceof NumericValue n && PythonOps.isInt(n)) return n.asLong();
        throw PythonError.type("'" + v.typeName() + "' object cannot be interpreted as an integer");
    }

    private static Value extreme(CallArgs a, Caller caller, boolean min) {
        String name = min ? "min" : "max";
        if (a.size() == 0) throw PythonError.type(name + " expected at least 1 argument, got 0");
        List<Value> items = a.size() == 1 ? Iteration.list(a.get(0), a.range()) : a.values();
        CallArgs.Keyword key = a.keyword("key");
        if (items.isEmpty()) {
            CallArgs.Keyword dflt = a.keyword("default");
            if (dflt != null) return dflt.value();
            throw PythonError.value(name + "() arg is an empty sequence");
        }
        Value best = items.get(0);
        Value bestKey = key == null ? best : caller.call(key.value(), List.of(best), key.range());
        for (Value v : items.subList(1, items.size())) {
            Value k = key == null ? v : caller.call(key.value(), List.of(v), key.range());
            boolean better = min ? PythonOps.compare("<", k, bestKey) : PythonOps.compare(">", k, bestKey);
            if (better) {
                best = v;
                bestKey = k;
            }
        }
        return best;
    }

    private static Value round(CallArgs a) {
        if (a.size() < 1 || a.size() > 2) throw PythonError.type("round() takes 1 or 2 arguments (" + a.size() + " given)");
        Value x = a.get(0);
        CallArgs.Keyword kw = a.keyword("ndigits");
        Value digits = a.size() == 2 ? a.get(1) : kw != null ? kw.value() : NoneValue.NONE;
        if (!(x instanceof NumericValue n)) throw PythonError.type("type " + x.typeName() + " doesn't define __round__");
        if (digits instanceof NoneValue) {
            if (PythonOps.isInt(n)) return IntValue.of(n.asLong());
            return IntValue.of(toLong(Math.rint(n.asDouble())));
        }
        long d = asIndex(digits);
        if (PythonOps.isInt(n)) {
            if (d >= 0) return IntValue.of(n.asLong());
            return IntValue.of(new BigDecimal(n.asLong()).setScale((int) Math.max(d, -19), RoundingMode.HALF_EVEN)
                    .longValue());
        }
        double v = n.asDouble();
        if (!Double.isFinite(v) || d > 323) return FloatValue.of(v);
        if (d < -308) return FloatValue.of(0.0 * v);
        // Python rounds the exact binary value, so 2.675 rounds to 2.67.
        return FloatValue.of(new BigDecimal(v).setScale((int) d, RoundingMode.HALF_EVEN).doubleValue());
    }

    private static Value floorCeil(Value x, boolean floor) {
        if (!(x instanceof NumericValue n)) {
            throw PythonError.type("must be a real number, not " + x.typeName());
        }
        if (PythonOps.isInt(n)) return IntValue.of(n.asLong());
        double v = floor ? Math.floor(n.asDouble()) : Math.ceil(n.asDouble());
        return IntValue.of(toLong(v));
    }

    static long toLong(double v) {
        if (Double.isNaN(v)) throw PythonError.value("cannot convert float NaN to integer");
        if (Double.isInfinite(v)) throw PythonError.arithmetic("cannot convert float infinity to integer");
        if (v >= 9.223372036854775807E18 || v < -9.223372036854775808E18) {
            throw PythonError.limit("integer result is too large: ints in this language fit in 64 bits");
        }
        return (long) v;
    }

    private static Value toInt(Value x) {
        if (x instanceof FloatValue f) return IntValue.of(toLong(f.value()));
        if (x instanceof NumericValue n) return IntValue.of(n.asLong());
        if (x instanceof StrValue s) {
            String t = s.value().strip().replace("_", "");
            try {
                return IntValue.of(Long.parseLong(t.startsWith("+") ? t.substring(1) : t));
            } catch (NumberFormatException e) {
                throw PythonError.value("invalid literal for int() with base 10: " + s.repr());
            }
        }
        throw PythonError.type("int() argument must be a string or a number, not '" + x.typeName() + "'");
    }

    private static Value toFloat(Value x) {
        if (x instanceof NumericValue n) return FloatValue.of(n.asDouble());
        if (x instanceof StrValue s) {
            String t = s.value().strip().toLowerCase(java.util.Locale.ROOT);
            switch (t) {
                case "inf": case "+inf": case "infinity": case "+infinity": return FloatValue.of(Double.POSITIVE_INFINITY);
                case "-inf": case "-infinity": return FloatValue.of(Double.NEGATIVE_INFINITY);
                case "nan": case "+nan": case "-nan": return FloatValue.of(Double.NaN);
                default:
                    if (t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) return FloatValue.of(Double.parseDouble(t));
                    throw PythonError.value("could not convert string to float: " + s.repr());
            }
        }
        throw PythonError.type("float() argument must be a string or a number, not '" + x.typeName() + "'");
    }

    private static Value sum(CallArgs a) {
        if (a.size() < 1 || a.size() > 2) throw PythonError.type("sum() takes 1 or 2 arguments (" + a.size() + " given)");
        CallArgs.Keyword start = a.keyword("start");
        Value total = a.size() == 2 ? a.get(1) : start != null ? start.value() : IntValue.of(0);
        if (total instanceof StrValue) throw PythonError.type("sum() can't sum strings [use ''.join(seq) instead]");
        for (Value v : Iteration.of(a.get(0), a.range())) total = PythonOps.add(total, v);
        return total;
    }

    private static Value anyAll(Value v, SourceRange r, boolean any) {
        for (Value x : Iteration.of(v, r)) {
            if (x.truthy() == any) return BoolValue.of(any);
        }
        return BoolValue.of(!any);
    }

    private static Value sorted(CallArgs a, Caller caller) {
        if (a.size() != 1) throw PythonError.type("sorted expected 1 argument, got " + a.size());
        List<Value> items = new ArrayList<>(Iteration.list(a.get(0), a.range()));
        CallArgs.Keyword key = a.keyword("key");
        CallArgs.Keyword reverse = a.keyword("reverse");
        List<Value> keys = new ArrayList<>(items.size());
        for (Value v : items) keys.add(key == null ? v : caller.call(key.value(), List.of(v), key.range()));
        Integer[] order = new Integer[items.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        boolean rev = reverse != null && reverse.value().truthy();
        java.util.Arrays.sort(order, (i, j) -> {
            Value x = keys.get(i);
            Value y = keys.get(j);
            int c = Values.compare(x, y).orElseThrow(() -> PythonError.type("'<' not supported between instances of '"
                    + x.typeName() + "' and '" + y.typeName() + "'"));
            return rev ? -c : c;
        });
        List<Value> out = new ArrayList<>(items.size());
        for (Integer i : order) out.add(items.get(i));
        return new ListValue(out);
    }

    private static Value zip(CallArgs a) {
        List<List<Value>> lists = new ArrayList<>();
        int n = Integer.MAX_VALUE;
        for (int i = 0; i < a.size(); i++) {
            List<Value> l = Iteration.list(a.get(i), a.rangeOf(i));
            lists.add(l);
            n = Math.min(n, l.size());
        }
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < (lists.isEmpty() ? 0 : n); i++) {
            List<Value> row = new ArrayList<>();
            for (List<Value> l : lists) row.add(l.get(i));
            out.add(new TupleValue(row));
        }
        return new ListValue(out);
    }

    private static Value enumerate(CallArgs a) {
        if (a.size() < 1 || a.size() > 2) throw PythonError.type("enumerate() takes 1 or 2 arguments");
        CallArgs.Keyword startKw = a.keyword("start");
        long start = a.size() == 2 ? asIndex(a.get(1)) : startKw != null ? asIndex(startKw.value()) : 0;
        List<Value> out = new ArrayList<>();
        long i = start;
        for (Value v : Iteration.of(a.get(0), a.range())) out.add(new TupleValue(List.of(IntValue.of(i++), v)));
        return new ListValue(out);
    }
}
