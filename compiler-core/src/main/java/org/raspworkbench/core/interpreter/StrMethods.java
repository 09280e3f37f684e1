package org.raspworkbench.core.interpreter;


import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.ListValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.PythonError;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/** Python's {@code str} methods that programs use on tokens: tests, case, strip, split/join, search. */
public final class StrMethods {
    private StrMethods() {
    }

    static Value call(String s, String name, List<Value> a, SourceRange r) {
        switch (name) {
            case "isdigit": case "isnumeric": case "isdecimal":
                none(name, a);
                return BoolValue.of(!s.isEmpty() && s.codePoints().allMatch(Character::isDigit));
            case "isalpha":
                none(name, a);
                return BoolValue.of(!s.isEmpty() && s.codePoints().allMatch(Character::isLetter));
            case "isalnum":
                none(name, a);
                return BoolValue.of(!s.isEmpty() && s.codePoints().allMatch(Character::isLetterOrDigit));
            case "isspace":
                none(name, a);
                return BoolValue.of(!s.isEmpty() && s.codePoints().allMatch(Character::isWhitespace));
            case "islower":
                none(name, a);
                return BoolValue.of(cased(s) && s.equals(s.toLowerCase(Locale.ROOT)));
            case "isupper":
                none(name, a);
                return BoolValue.of(cased(s) && s.equals(s.toUpperCase(Locale.ROOT)));
            case "lower": none(name, a); return StrValue.of(s.toLowerCase(Locale.ROOT));
            case "upper": none(name, a); return StrValue.of(s.toUpperCase(Locale.ROOT));
            case "capitalize":
                none(name, a);
                return StrValue.of(s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT)
                        + s.substring(1).toLowerCase(Locale.ROOT));
            case "strip": case "lstrip": case "rstrip": return StrValue.of(strip(s, name, a));
            case "split": return split(s, a);
            case "join": {
                arity(name, a, 1, 1);
                StringBuilder out = new StringBuilder();
                List<Value> items = Iteration.list(a.get(0), r);
                for (int i = 0; i < items.size(); i++) {
                    if (!(items.get(i) instanceof StrValue x)) {
                        throw PythonError.type("sequence item " + i + ": expected str instance, "
                                + items.get(i).typeName() + " found");
                    }
                    if (i > 0) out.append(s);
                    out.append(x.value());
                }
                return StrValue.of(out.toString());
            }
            case "startswith": case "endswith": {
                arity(name, a, 1, 1);
                List<Value> options = a.get(0) instanceof TupleValue t ? t.items() : List.of(a.get(0));
                for (Value o : options) {
                    String p = str(name, o);
                    if (name.equals("startswith") ? s.startsWith(p) : s.endsWith(p)) return BoolValue.TRUE;
                }
                return BoolValue.FALSE;
            }
            case "replace": {
                arity(name, a, 2, 3);
                String old = str(name, a.get(0));
                String by = str(name, a.get(1));
                long count = a.size() == 3 ? ((IntValue) a.get(2)).value() : -1;
                StringBuilder b = new StringBuilder();
                long done = 0;
                if (old.isEmpty()) { // Python puts the replacement before every character and at the end
                    for (int i = 0; i <= s.length(); i++) {
                        if (count < 0 || done < count) {
                            b.append(by);
                            done++;
                        }
                        if (i < s.length()) b.append(s.charAt(i));
                    }
                    return StrValue.of(b.toString());
                }
                int from = 0;
                for (int at = s.indexOf(old); at >= 0 && (count < 0 || done < count); at = s.indexOf(old, from)) {
                    b.append(s, from, at).append(by);
                    from = at + old.length();
                    done++;
                }
                return StrValue.of(b.append(s.substring(from)).toString());
            }
            case "find": case "index": {
                arity(name, a, 1, 1);
                int at = s.indexOf(str(name, a.get(0)));
                if (at < 0 && name.equals("index")) throw PythonError.value("substring not found");
                return IntValue.of(at < 0 ? -1 : s.codePointCount(0, at));
            }
            default: {
                arity(name, a, 1, 1);
                String sub = str(name, a.get(0));
                if (sub.isEmpty()) return IntValue.of(s.codePointCount(0, s.length()) + 1);
                int n = 0;
                for (int at = s.indexOf(sub); at >= 0; at = s.indexOf(sub, at + sub.length())) n++;
                return IntValue.of(n);
            }
        }
    }

    private static boolean cased(String s) {
        return !s.toLowerCase(Locale.ROOT).equals(s.toUpperCase(Locale.ROOT));
    }

    private static String strip(String s, String name, List<Value> a) {
        arity(name, a, 0, 1);
        String chars = a.isEmpty() || a.get(0) instanceof NoneValue ? null : str(name, a.get(0));
        int from = 0;
        int to = s.length();
        if (!name.equals("rstrip")) {
            while (from < to && strips(s.charAt(from), chars)) from++;
        }
        if (!name.equals("lstrip")) {
            while (to > from && strips(s.charAt(to - 1), chars)) to--;
        }
        return s.substring(from, to);
    }

    private static boolean strips(char c, String chars) {
        return chars == null ? Character.isWhitespace(c) : chars.indexOf(c) >= 0;
    }

    private static Value split(String s, List<Value> a) {
        arity("split", a, 0, 2);
        String sep = a.isEmpty() || a.get(0) instanceof NoneValue ? null : str("split", a.get(0));
        long max = a.size() == 2 ? ((IntValue) a.get(1)).value() : -1;
        List<Value> out = new ArrayList<>();
        if (sep == null) {
            String rest = s.stripLeading();
            while (!rest.isEmpty()) {
                if (max >= 0 && out.size() == max) {
                    out.add(StrValue.of(rest));
                    return new ListValue(out);
                }
                int end = 0;
                while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) end++;
                out.add(StrValue.of(rest.substring(0, end)));
                rest = rest.substring(end).stripLeading();
            }
            return new ListValue(out);
        }
        if (sep.isEmpty()) throw PythonError.value("empty separator");
        int from = 0;
        for (int at = s.indexOf(sep); at >= 0 && (max < 0 || out.size() < max); at = s.indexOf(sep, from)) {
            out.add(StrValue.of(s.substring(from, at)));
            from = at + sep.length();
        }
        out.add(StrValue.of(s.substring(from)));
        return new ListValue(out);
    }

    private static String str(String name, Value v) {
        if (v instanceof StrValue s) return s.value();
        throw PythonError.type(name + "() argument must be str, not " + v.typeName());
    }

    private static void none(String name, List<Value> a) {
        arity(name, a, 0, 0);
    }

    private static void arity(String name, List<Value> a, int min, int max) {
        if (a.size() < min || a.size() > max) {
            throw PythonError.type(name + "() takes " + (min == max ? (min == 0 ? "no arguments" : "exactly " + min
                    + " argument" + (min == 1 ? "" : "s")) : "from " + min + " to " + max + " arguments")
                    + " (" + a.size() + " given)");
        }
    }
}
