package org.raspworkbench.core.convert;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.Value;

/**
 * A function of a plan as source text in a dialect: a readable lambda as it was recovered, a table
 * as a dict lookup ({@code lambda x: {1: 2, 2: 3}[x]}, {@code .get} where inputs are left out) or,
 * for a predicate, a set of the selected (key, query) pairs. Long tables wrap, one line per few
 * entries, indented under the line they start on.
 */
final class FunctionText {
    private static final int LINE = 96;

    private FunctionText() {
    }

    static String of(FunctionForm fn, Dialect dialect, boolean predicate, String indent) {
        if (fn instanceof FunctionForm.Readable r) return new ExprPrinter(dialect).print(r.lambda());
        FunctionForm.Table t = (FunctionForm.Table) fn;
        // a predicate whose results are all plain selections lists the selected pairs; other scores stay numbers
        boolean selections = predicate && t.entries().stream().allMatch(e -> FunctionCheck.score(e.result()) == 1);
        List<String> items = new ArrayList<>();
        for (FunctionForm.TableEntry e : t.entries()) {
            String key = t.arity() == 1 ? ValueLiterals.of(e.args().get(0))
                    : "(" + ValueLiterals.of(e.args().get(0)) + ", " + ValueLiterals.of(e.args().get(1)) + ")";
            items.add(selections ? key : key + ": " + ValueLiterals.of(e.result()));
        }
        if (predicate) {
            if (items.isEmpty()) return "lambda k, q: False";
            if (selections) return "lambda k, q: (k, q) in " + braces(items, indent);
            return "lambda k, q: " + braces(items, indent) + ".get((k, q), False)";
        }
        if (!predicate && positionsLookup(t)) {
            // a table over 0..n-1 reads best as the list it indexes (hardcode(s): s[i])
            List<String> values = new ArrayList<>();
            for (FunctionForm.TableEntry e : t.entries()) values.add(ValueLiterals.of(e.result()));
            return "lambda x: " + brackets(values, indent) + "[x]";
        }
        String params = t.arity() == 1 ? "x" : "x, y";
        String key = t.arity() == 1 ? "x" : "(x, y)";
        String lookup = t.partial() ? ".get(" + key + ")" : "[" + key + "]";
        return "lambda " + params + ": " + braces(items, indent) + lookup;
    }

    /** A comment of whole words, wrapped at the line width; each line starts with {@code # }. */
    static String comment(String text) {
        StringBuilder sb = new StringBuilder();
        StringBuilder line = new StringBuilder("#");
        for (String word : text.split(" ")) {
            if (line.length() > 1 && line.length() + 1 + word.length() > LINE) {
                sb.append(line).append('\n');
                line = new StringBuilder("#");
            }
            line.append(' ').append(word);
        }
        return sb.append(line).append('\n').toString();
    }

    /** Every input is an int, and the inputs are exactly 0, 1, ..., n-1 in order. */
    private static boolean positionsLookup(FunctionForm.Table t) {
        if (t.arity() != 1 || t.partial() || t.entries().isEmpty()) return false;
        for (int i = 0; i < t.entries().size(); i++) {
            Value key = t.entries().get(i).args().get(0);
            if (!(key instanceof IntValue n) || n.value() != i) return false;
        }
        return true;
    }

    private static String braces(List<String> items, String indent) {
        return wrapped(items, indent, "{", "}");
    }

    private static String brackets(List<String> items, String indent) {
        return wrapped(items, indent, "[", "]");
    }

    private static String wrapped(List<String> items, String indent, String open, String close) {
        String flat = open + String.join(", ", items) + close;
        if (flat.length() <= LINE - 40) return flat;
        StringBuilder sb = new StringBuilder(open + "\n");
        StringBuilder line = new StringBuilder();
        String inner = indent + "    ";
        for (String item : items) {
            if (line.length() > 0 && inner.length() + line.length() + item.length() + 2 > LINE) {
                sb.append(inner).append(line).append(",\n");
                line.setLength(0);
            }
            if (line.length() > 0) line.append(", ");
            line.append(item);
        }
        if (line.length() > 0) sb.append(inner).append(line).append(",\n");
        return sb.append(indent).append(close).toString();
    }
}
