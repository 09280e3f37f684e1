package org.raspworkbench.core.convert;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * A plan as a {@code .rasp} program: the settings as {@code set} lines (defaults left out), one
 * assignment per step (the assignment names the node; {@code named} where the name is not the
 * variable), encodings only where they differ from what the language gives, and {@code output}.
 */
final class PlanToRasp {
    private final StringBuilder out = new StringBuilder();

    private PlanToRasp() {
    }

    static String print(ConversionPlan plan, String sourceName) {
        return new PlanToRasp().program(plan, sourceName);
    }

    private String program(ConversionPlan plan, String sourceName) {
        for (String line : plan.header()) out.append(("# " + line).stripTrailing()).append('\n');
        out.append("# ").append(SourceIndex.CONVERTED).append(sourceName).append(" by rasp convert.\n");
        if (!plan.leftOut().isEmpty()) {
            out.append(FunctionText.comment(SourceIndex.LEFT_OUT + String.join(", ", plan.leftOut()) + "."));
        }
        settings(plan.settings());
        out.append('\n');
        for (ConversionPlan.Planned planned : plan.steps()) {
            if (!(planned.step() instanceof PlanStep.Length)) {
                for (String c : planned.comments()) out.append(("# " + c).stripTrailing()).append('\n');
            }
            step(planned.step());
        }
        out.append("output ").append(plan.output()).append(";\n");
        return out.toString();
    }

    private void settings(CompileSettings s) {
        out.append("set vocab ").append(list(s.vocab())).append(";\n");
        out.append("set max_seq_len ").append(s.maxSeqLen()).append(";\n");
        s.example().ifPresent(e -> out.append("set example ").append(list(e)).append(";\n"));
        if (s.causal()) out.append("set causal True;\n");
        if (!s.bos().equals(CompileSettings.DEFAULT_BOS)) out.append("set bos ").append(ValueLiterals.of(StrValue.of(s.bos()))).append(";\n");
        if (!s.pad().equals(CompileSettings.DEFAULT_PAD)) out.append("set pad ").append(ValueLiterals.of(StrValue.of(s.pad()))).append(";\n");
        if (s.mlpExactness() != CompileSettings.DEFAULT_MLP_EXACTNESS) {
            out.append("set mlp_exactness ").append(Numbers.text(s.mlpExactness())).append(";\n");
        }
    }

    static String list(List<Value> values) {
        List<String> items = new ArrayList<>();
        for (Value v : values) items.add(ValueLiterals.of(v));
        return "[" + String.join(", ", items) + "]";
    }

    private void step(PlanStep step) {
        if (step instanceof PlanStep.Length) return; // the language's own length
        String expr;
        if (step instanceof PlanStep.BuiltinCopy c) {
            expr = encoded(c.of(), c.encoding(), Encoding.CATEGORICAL);
        } else if (step instanceof PlanStep.Map m) {
            comment(m.fn());
            String fn = FunctionText.of(m.fn(), Dialect.RASP, false, "");
            expr = encoded("map(" + fn + ", " + m.input() + (m.simplify() ? "" : ", simplify=False") + ")",
                    m.encoding(), Encoding.CATEGORICAL);
        } else if (step instanceof PlanStep.SequenceMap m) {
            comment(m.fn());
            expr = encoded("sequence_map(" + FunctionText.of(m.fn(), Dialect.RASP, false, "") + ", " + m.first() + ", "
                    + m.second() + ")", m.encoding(), Encoding.CATEGORICAL);
        } else if (step instanceof PlanStep.LinearSequenceMap m) {
            expr = encoded("linear_sequence_map(" + m.first() + ", " + m.second() + ", " + ValueLiterals.of(m.firstCoeff())
                    + ", " + ValueLiterals.of(m.secondCoeff()) + ")", m.encoding(), Encoding.CATEGORICAL);
        } else if (step instanceof PlanStep.Aggregate a) {
            Value languageDefault = a.sopEncoding() == Encoding.NUMERICAL ? IntValue.of(0) : NoneValue.NONE;
            boolean same = a.defaultValue().typeName().equals(languageDefault.typeName())
                    && a.defaultValue().repr().equals(languageDefault.repr());
            expr = encoded("aggregate(" + a.selector() + ", " + a.sop()
                    + (same ? "" : ", default=" + ValueLiterals.of(a.defaultValue())) + ")", a.encoding(), a.sopEncoding());
        } else if (step instanceof PlanStep.SelectorWidth w) {
            expr = encoded("selector_width(" + w.selector() + ")", w.encoding(), Encoding.CATEGORICAL);
        } else if (step instanceof PlanStep.Select s) {
            String predicate;
            if (s.predicate() instanceof PlanStep.Predicate.Compare c) {
                predicate = c.comparison().text();
            } else {
                FunctionForm fn = ((PlanStep.Predicate.Function) s.predicate()).fn();
                comment(fn);
                predicate = FunctionText.of(fn, Dialect.RASP, true, "");
            }
            expr = "select(" + s.keys() + ", " + s.queries() + ", " + predicate + ")";
        } else if (step instanceof PlanStep.SelectorAnd a) {
            expr = a.first() + " and " + a.second();
        } else if (step instanceof PlanStep.SelectorOr o) {
            expr = o.first() + " or " + o.second();
        } else {
            expr = "not " + ((PlanStep.SelectorNot) step).inner();
        }
        boolean namedByAssignment = step.var().equals(step.name()) || step instanceof PlanStep.BuiltinCopy;
        out.append(step.var()).append(" = ")
                .append(namedByAssignment ? expr : "named(" + expr + ", " + ValueLiterals.of(StrValue.of(step.name())) + ")")
                .append(";\n");
    }

    private void comment(FunctionForm fn) {
        if (fn instanceof FunctionForm.Table t) out.append(FunctionText.comment(t.why() + "."));
    }

    /** {@code numerical(...)}/{@code categorical(...)} where the node's encoding is not what the language gives it. */
    private static String encoded(String expr, Encoding encoding, Encoding languageDefault) {
        if (encoding == languageDefault) return expr;
        return encoding.label() + "(" + expr + ")";
    }
}
