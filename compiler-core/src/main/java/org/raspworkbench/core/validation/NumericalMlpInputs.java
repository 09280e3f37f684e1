package org.raspworkbench.core.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.core.value.Values;

/**
 * A check Tracr does not make: a map of a numerical S-op compiles to a discretising MLP whose
 * thresholds sit between the values the input's value set holds. When the input holds another
 * value at run time (a running fraction 2/3 where only 1/n was inferred), the MLP rounds it to a
 * neighbour and its output may differ from the program's. Each such map gets one warning on the
 * first position where it happens, at the map's text.
 */
public final class NumericalMlpInputs {
    /** Values this close (relative) to one of the set count as that value: floating-point noise. */
    private static final double TOLERANCE = 1e-9;
    /** A value set is listed up to this many values. */
    private static final int LISTED = 12;

    private NumericalMlpInputs() {
    }

    /**
     * @param valueSetOf the value set the compiler inferred for an S-op (empty for S-ops the
     *                   compiled model does not contain)
     */
    public static List<Diagnostic> run(Evaluation evaluation, Function<SOp, Optional<List<Value>>> valueSetOf) {
        List<Diagnostic> out = new ArrayList<>();
        for (RaspExpr e : evaluation.program().nodes()) {
            if (!(e instanceof MapOp m) || !m.inner().isNumerical() || valueSetOf.apply(m).isEmpty()) continue;
            Optional<List<Value>> builtFor = valueSetOf.apply(m.inner());
            if (builtFor.isPresent()) check(m, builtFor.get(), evaluation, out);
        }
        return out;
    }

    private static void check(MapOp map, List<Value> builtFor, Evaluation evaluation, List<Diagnostic> out) {
        List<Value> values = evaluation.valuesOf(map.inner());
        for (int p = 0; p < evaluation.unpaddedLength(); p++) {
            if (!(values.get(p) instanceof NumericValue v) || inSet(v, builtFor)) continue;
            SOp input = map.inner();
            out.add(Diagnostic.warning(ErrorKind.VALUE, "the MLP computing '" + map.name() + "' was built for the values "
                    + listed(builtFor) + " of '" + input.name() + "'; at position " + p + " '" + input.name() + "' is "
                    + shortForm(v) + ", so its output may be wrong", map.range()));
            return;
        }
    }

    private static boolean inSet(NumericValue v, List<Value> set) {
        double x = v.asDouble();
        for (Value s : set) {
            if (!(s instanceof NumericValue n)) continue;
            double y = n.asDouble();
            if (x == y || Math.abs(x - y) <= TOLERANCE * Math.max(1, Math.max(Math.abs(x), Math.abs(y)))) return true;
        }
        return false;
    }

    /** A value set as a sentence shows it: sorted, the first dozen values, short numbers. */
    public static String listed(List<Value> set) {
        List<Value> sorted = Values.sortedDistinct(set);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sorted.size() && i < LISTED; i++) parts.add(shortForm(sorted.get(i)));
        if (sorted.size() > LISTED) parts.add("...");
        return "{" + String.join(", ", parts) + "}";
    }

    /** A number as a reader wants it in a sentence: three significant digits, no trailing zeros. */
    public static String shortForm(Value v) {
        if (!(v instanceof NumericValue n) || v instanceof IntValue || n.asDouble() != n.asDouble()
                || Double.isInfinite(n.asDouble()) || Math.abs(n.asDouble()) >= 1000) {
            return v.repr();
        }
        if (n.asDouble() == 0) return "0";
        return new BigDecimal(n.asDouble()).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
