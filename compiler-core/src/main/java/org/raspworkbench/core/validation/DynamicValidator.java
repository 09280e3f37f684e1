package org.raspworkbench.core.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.Value;

/**
 * Tracr's {@code DynamicValidationEvaluator} on one input: the aggregates whose compiled attention
 * silently computes something else than the program on this input. A categorical aggregate whose
 * selector picks, for some query, several keys with different values (the head averages one-hot
 * vectors instead of moving one value), and a numerical aggregate of values other than 0 and 1.
 * Each is an {@code unsupported} warning at the aggregate, in Tracr's evaluation order (inputs
 * first). Tracr's categorical check compares the set of input values with the set of output
 * values, so it also reports several keys that all hold one value, which the head moves intact
 * (on {@code [1, 2, 2]} with keys 1 and 2 selected, model and program both give {@code [2, 2, 2]});
 * this check does not.
 */
public final class DynamicValidator {
    private DynamicValidator() {
    }

    public static List<Diagnostic> run(SOp output, Evaluation evaluation) {
        List<Diagnostic> out = new ArrayList<>();
        for (RaspExpr e : postOrder(output)) {
            if (e instanceof AggregateOp a) check(a, evaluation, out);
        }
        return out;
    }

    private static void check(AggregateOp a, Evaluation ev, List<Diagnostic> out) {
        // PAD positions are not part of the program's input: the validator looks past them
        int n = ev.unpaddedLength();
        List<Value> in = ev.valuesOf(a.sop()).subList(0, n);
        if (a.isCategorical()) {
            // Only a query whose selected keys hold different values makes the head average
            // one-hot vectors; several keys holding one value move that value intact.
            int width = 0;
            boolean[][] selection = ev.selectionOf(a.selector());
            for (int q = 0; q < n; q++) {
                Set<Value> selected = new HashSet<>();
                int w = 0;
                for (int k = 0; k < n; k++) {
                    if (!selection[q][k]) continue;
                    selected.add(in.get(k));
                    w++;
                }
                if (selected.size() > 1) width = Math.max(width, w);
            }
            if (width > 1) {
                out.add(Diagnostic.warning(ErrorKind.UNSUPPORTED, "on this input the categorical aggregate '"
                        + a.name() + "' selects up to " + width + " positions holding different values: the compiled "
                        + "attention averages them instead of moving one value, so the model's output is not the "
                        + "program's", a.range()));
            }
        } else {
            Set<Value> bad = new LinkedHashSet<>();
            for (Value v : in) {
                if (!v.equals(IntValue.of(0)) && !v.equals(IntValue.of(1))) bad.add(v);
            }
            if (!bad.isEmpty()) {
                out.add(Diagnostic.warning(ErrorKind.UNSUPPORTED, "on this input the numerical aggregate '" + a.name()
                        + "' averages values other than 0 and 1 (" + reprs(bad) + "): the compiled attention only "
                        + "averages 0/1 values correctly", a.range()));
            }
        }
    }

    private static String reprs(Set<Value> values) {
        List<String> out = new ArrayList<>();
        for (Value v : values) out.add(v.repr());
        return String.join(", ", out);
    }

    /** Children before parents, each node once, as Tracr's recursive evaluator first reaches them. */
    private static List<RaspExpr> postOrder(SOp root) {
        List<RaspExpr> order = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        ArrayList<Object[]> stack = new ArrayList<>();
        stack.add(new Object[]{root, 0});
        seen.add(root.id());
        while (!stack.isEmpty()) {
            Object[] top = stack.get(stack.size() - 1);
            RaspExpr e = (RaspExpr) top[0];
            int next = (Integer) top[1];
            if (next < e.children().size()) {
                top[1] = next + 1;
                RaspExpr c = e.children().get(next);
                if (seen.add(c.id())) stack.add(new Object[]{c, 0});
            } else {
                stack.remove(stack.size() - 1);
                order.add(e);
            }
        }
        return order;
    }
}
