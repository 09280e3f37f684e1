package org.raspworkbench.core.interpreter;

import java.util.List;
import java.util.Map;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.PythonError;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/**
 * Python's two older ways to build a string, which Tracr programs use for names
 * ({@code "shift_{}".format(k)}, {@code "shift_%d" % k}): {@code str.format} with automatic,
 * numbered and named fields ({@code !r}/{@code !s} and the specs of {@link Formats}), and
 * {@code %} with {@code %s %r %d %i %f %%} (and a precision, {@code %.2f}).
 */
final class StringFormatting {
    private StringFormatting() {
    }

    /** {@code template.format(*args, **kwargs)}, its errors at the call. */
    static Value call(String template, CallArgs args) {
        Map<String, Value> kwargs = new java.util.LinkedHashMap<>();
        for (CallArgs.Keyword k : args.keywords()) kwargs.put(k.name(), k.value());
        try {
            return format(template, args.values(), kwargs);
        } catch (PythonError e) {
            throw Errors.at(e, args.range());
        }
    }

    static StrValue format(String template, List<Value> args, Map<String, Value> kwargs) {
        StringBuilder out = new StringBuilder();
        int auto = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                out.append('{');
                i++;
            } else if (c == '}' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                out.append('}');
                i++;
            } else if (c == '{') {
                int end = template.indexOf('}', i);
                if (end < 0) throw PythonError.value("Single '{' encountered in format string");
                String field = template.substring(i + 1, end);
                String spec = "";
                char conversion = 0;
                int colon = field.indexOf(':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                int bang = field.indexOf('!');
                if (bang >= 0) {
                    conversion = field.length() > bang + 1 ? field.charAt(bang + 1) : 0;
                    field = field.substring(0, bang);
                }
                Value v;
                if (field.isEmpty()) {
                    if (auto >= args.size()) throw PythonError.value("Replacement index " + auto + " out of range for "
                            + "positional args tuple");
                    v = args.get(auto++);
                } else if (field.chars().allMatch(Character::isDigit)) {
                    int n = Integer.parseInt(field);
                    if (n >= args.size()) throw PythonError.value("Replacement index " + n + " out of range for "
                            + "positional args tuple");
                    v = args.get(n);
                } else {
                    v = kwargs.get(field);
                    if (v == null) throw PythonError.value("KeyError: '" + field + "'");
                }
                String shown = conversion == 'r' ? v.repr() : conversion == 's' ? v.str() : null;
                out.append(shown != null ? (spec.isEmpty() ? shown : Formats.format(StrValue.of(shown), spec))
                        : spec.isEmpty() ? v.str() : Formats.format(v, spec));
                i = end;
            } else if (c == '}') {
                throw PythonError.value("Single '}' encountered in format string");
            } else {
                out.append(c);
            }
        }
        return StrValue.of(out.toString());
    }

    static StrValue percent(String template, Value args) {
        List<Value> values = args instanceof TupleValue t ? t.items() : List.of(args);
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int j = i + 1;
            Integer precision = null;
            if (j < template.length() && template.charAt(j) == '.') {
                int k = j + 1;
                while (k < template.length() && Character.isDigit(template.charAt(k))) k++;
                precision = Integer.parseInt(template.substring(j + 1, k).isEmpty() ? "0" : template.substring(j + 1, k));
                j = k;
            }
            if (j >= template.length()) throw PythonError.value("incomplete format");
            char type = template.charAt(j);
            if (type == '%') {
                out.append('%');
                i = j;
                continue;
            }
            if (next >= values.size()) throw PythonError.type("not enough arguments for format string");
            Value v = values.get(next++);
            switch (type) {
                case 's' -> out.append(v.str());
                case 'r' -> out.append(v.repr());
                case 'd', 'i' -> {
                    if (!(v instanceof NumericValue n)) {
                        throw PythonError.type("%" + type + " format: a real number is required, not " + v.typeName());
                    }
                    out.append(n instanceof FloatValue f ? (long) f.value() : n.asLong());
                }
                case 'f' -> out.append(Formats.format(v instanceof IntValue i2 ? FloatValue.of(i2.value()) : v,
                        "." + (precision == null ? 6 : precision) + "f"));
                default -> throw PythonError.value("unsupported format character '" + type + "'");
            }
            i = j;
        }
        if (next < values.size()) throw PythonError.type("not all arguments converted during string formatting");
        return StrValue.of(out.toString());
    }
}
