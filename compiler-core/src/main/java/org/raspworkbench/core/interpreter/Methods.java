package org.raspworkbench.core.interpreter;


import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.DictValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.ListValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.PythonError;
import org.raspworkbench.core.value.PythonOps;
import org.raspworkbench.core.value.SetValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/**
 * The methods of plain values, as Python defines them: those of {@code str}, {@code list} (also
 * {@code append}, {@code extend}, {@code insert}, {@code pop}, {@code remove}, {@code clear},
 * {@code reverse}, which change it in place), {@code tuple}, and the ones of {@code dict} and
 * {@code set} that leave them alone (only lists change in place; another method is an error saying
 * what to write instead).
 * {@code dict.keys()}, {@code values()} and {@code items()} give lists (Python gives views).
 */
public final class Methods {
    private static final Set<String> STR = Set.of("format", "isdigit", "isalpha", "isalnum", "isspace", "islower", "isupper",
            "isnumeric", "isdecimal", "lower", "upper", "capitalize", "strip", "lstrip", "rstrip", "split", "join",
            "startswith", "endswith", "replace", "find", "index", "count");
    private static final Set<String> SEQUENCE = Set.of("index", "count");
    private static final Set<String> LIST = Set.of("index", "count", "copy", "append", "extend", "insert", "pop",
            "remove", "clear", "reverse");
    private static final Set<String> DICT = Set.of("get", "keys", "values", "items", "copy");
    private static final Set<String> SET = Set.of("union", "intersection", "difference", "issubset", "issuperset",
            "copy");
    private static final Map<String, String> MUTATING = Map.ofEntries(
            Map.entry("sort", "xs = sorted(xs)"), Map.entry("add", "s = s | {v}"), Map.entry("pop", "a new value"),
            Map.entry("remove", "a new value"), Map.entry("clear", "an empty one"), Map.entry("update", "a new dict or set from a comprehension"),
            Map.entry("setdefault", "d.get(k, default)"), Map.entry("discard", "s = s - {v}"));

    private Methods() {
    }

    /** {@code target.name} as a value to call; throws for a name the target's type does not have. */
    static MethodValue attribute(Value target, String name, SourceRange range) {
        Set<String> known = target instanceof StrValue ? STR : target instanceof ListValue ? LIST
                : target instanceof TupleValue ? SEQUENCE : target instanceof DictValue ? DICT
                : target instanceof SetValue ? SET : Set.of();
        if (known.contains(name)) return new MethodValue(target, name);
        if (target instanceof ListValue && name.equals("sort")) {
            throw new RaspException(ErrorKind.UNSUPPORTED, ".sort() is not supported: write xs = sorted(xs) instead"
                    + " (sorted takes key= and reverse=)", range);
        }
        if (MUTATING.containsKey(name) && (target instanceof DictValue || target instanceof SetValue)) {
            throw new RaspException(ErrorKind.UNSUPPORTED, "." + name + "() would change the " + target.typeName()
                    + ", and only lists change in place in this language: write " + MUTATING.get(name) + " instead",
                    range);
        }
        throw PythonError.type("'" + target.typeName() + "' object has no attribute '" + name + "'");
    }

    static Value call(MethodValue m, List<Value> a, SourceRange r) {
        Value t = m.target();
        if (t instanceof StrValue s) return StrMethods.call(s.value(), m.name(), a, r);
        if (t instanceof DictValue d) return dict(d, m.name(), a, r);
        if (t instanceof SetValue s) return set(s, m.name(), a, r);
        List<Value> items = t instanceof ListValue l ? l.items() : ((TupleValue) t).items();
        switch (m.name()) {
            case "append":
                arity(m, a, 1, 1);
                PythonOps.checkSize(items.size() + 1L);
                items.add(a.get(0));
                return NoneValue.NONE;
            case "extend": {
                arity(m, a, 1, 1);
                List<Value> more = Iteration.list(a.get(0), r);
                PythonOps.checkSize((long) items.size() + more.size());
                items.addAll(more);
                return NoneValue.NONE;
            }
            case "insert": {
                arity(m, a, 2, 2);
                int i = clampIndex(a.get(0), items.size());
                PythonOps.checkSize(items.size() + 1L);
                items.add(i, a.get(1));
                return NoneValue.NONE;
            }
            case "pop": {
                arity(m, a, 0, 1);
                if (items.isEmpty()) throw PythonError.value("pop from empty list");
                long i = a.isEmpty() ? -1 : integer(a.get(0));
                long at = i < 0 ? items.size() + i : i;
                if (at < 0 || at >= items.size()) throw PythonError.value("pop index out of range");
                return items.remove((int) at);
            }
            case "remove": {
                arity(m, a, 1, 1);
                if (!items.remove(a.get(0))) throw PythonError.value("list.remove(x): x not in list");
                return NoneValue.NONE;
            }
            case "clear":
                arity(m, a, 0, 0);
                items.clear();
                return NoneValue.NONE;
            case "reverse":
                arity(m, a, 0, 0);
                java.util.Collections.reverse(items);
                return NoneValue.NONE;
            case "copy":
                arity(m, a, 0, 0);
                return new ListValue(items);
            case "count": {
                arity(m, a, 1, 1);
                long n = items.stream().filter(v -> v.equals(a.get(0))).count();
                return IntValue.of(n);
            }
            default: {
                arity(m, a, 1, 1);
                int i = items.indexOf(a.get(0));
                if (i < 0) throw PythonError.value(a.get(0).repr() + " is not in " + t.typeName());
                return IntValue.of(i);
            }
        }
    }

    private static Value dict(DictValue d, String name, List<Value> a, SourceRange r) {
        switch (name) {
            case "get": {
                if (a.isEmpty() || a.size() > 2) throw PythonError.type("get expected 1 or 2 arguments, got " + a.size());
                Iteration.requireHashable(a.get(0), r);
                Value v = d.entries().get(a.get(0));
                return v != null ? v : a.size() == 2 ? a.get(1) : NoneValue.NONE;
            }
            case "keys": return new ListValue(new ArrayList<>(noArgs(name, a, d.entries().keySet())));
            case "values": return new ListValue(new ArrayList<>(noArgs(name, a, d.entries().values())));
            case "copy": return new DictValue(noArgs(name, a, d.entries()));
            default: {
                noArgs(name, a, null);
                List<Value> out = new ArrayList<>();
                for (Map.Entry<Value, Value> e : d.entries().entrySet()) {
                    out.add(new TupleValue(List.of(e.getKey(), e.getValue())));
                }
                return new ListValue(out);
            }
        }
    }

    private static Value set(SetValue s, String name, List<Value> a, SourceRange r) {
        if (name.equals("copy")) return new SetValue(noArgs(name, a, s.items()));
        Set<Value> out = new LinkedHashSet<>(s.items());
        if (name.equals("issubset") || name.equals("issuperset")) {
            if (a.size() != 1) throw PythonError.type(name + "() takes exactly one argument (" + a.size() + " given)");
            Set<Value> other = new LinkedHashSet<>(Iteration.list(a.get(0), r));
            return BoolValue.of(name.equals("issubset") ? other.containsAll(out) : out.containsAll(other));
        }
        for (Value v : a) {
            List<Value> other = Iteration.list(v, r);
            switch (name) {
                case "union": out.addAll(other); break;
                case "intersection": out.retainAll(new LinkedHashSet<>(other)); break;
                default: other.forEach(out::remove); break;
            }
        }
        return new SetValue(out);
    }

    private static long integer(Value v) {
        if (v instanceof IntValue i) return i.value();
        if (v instanceof BoolValue b) return b.value() ? 1 : 0;
        throw PythonError.type("'" + v.typeName() + "' object cannot be interpreted as an integer");
    }

    /** Python's list.insert index: negative from the end, clamped to the list. */
    private static int clampIndex(Value v, int size) {
        long i = integer(v);
        if (i < 0) i += size;
        return (int) Math.max(0, Math.min(size, i));
    }

    private static <T> T noArgs(String name, List<Value> a, T result) {
        if (!a.isEmpty()) throw PythonError.type(name + "() takes no arguments (" + a.size() + " given)");
        return result;
    }

    static void arity(MethodValue m, List<Value> a, int min, int max) {
        if (a.size() < min || a.size() > max) {
            String want = min == max ? (min == 0 ? "no arguments" : "exactly " + min + " argument" + (min == 1 ? "" : "s"))
                    : "from " + min + " to " + max + " arguments";
            throw PythonError.type(m.name() + "() takes " + want + " (" + a.size() + " given)");
        }
    }
}
