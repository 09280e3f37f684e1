package org.raspworkbench.core.convert;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * A plan as a Python script against Tracr's API (9ce2b8c): one assignment per step built with
 * Tracr's classes ({@code rasp.Map}, {@code rasp.Select}, ...), every node {@code .named} with its
 * model name, {@code rasp.numerical} where a node is numerical (Tracr's default is categorical), the
 * settings as the {@code compile_rasp_to_model} call (BOS and PAD always, since Tracr's defaults
 * differ from ours) and the example as {@code model.apply}.
 */
final class PlanToTracr {
    private final StringBuilder body = new StringBuilder();
    private boolean usesLib;

    private PlanToTracr() {
    }

    static String print(ConversionPlan plan, String sourceName) {
        return new PlanToTracr().program(plan, sourceName);
    }

    private String program(ConversionPlan plan, String sourceName) {
        for (ConversionPlan.Planned planned : plan.steps()) {
            if (!(planned.step() instanceof PlanStep.Length)) {
                for (String c : planned.comments()) body.append(("# " + c).stripTrailing()).append('\n');
            }
            step(planned.step());
        }
        StringBuilder out = new StringBuilder();
        for (String line : plan.header()) out.append(("# " + line).stripTrailing()).append('\n');
        out.append("# ").append(SourceIndex.CONVERTED).append(sourceName).append(" by rasp convert, for Tracr (9ce2b8c).\n");
        if (!plan.leftOut().isEmpty()) {
            out.append(FunctionText.comment(SourceIndex.LEFT_OUT + String.join(", ", plan.leftOut()) + "."));
        }
        out.append('\n');
        if (body.indexOf("math.") >= 0) out.append("import math\n\n");
        out.append("from tracr.compiler import compiling\n");
        if (usesLib) out.append("from tracr.compiler import lib\n");
        out.append("from tracr.rasp import rasp\n\n");
        out.append(body).append('\n');
        compileCall(out, plan.output(), plan.settings());
        return out.toString();
    }

    private static void compileCall(StringBuilder out, String output, CompileSettings s) {
        List<String> vocab = new ArrayList<>();
        for (Value v : s.vocab()) vocab.add(ValueLiterals.of(v));
        out.append("model = compiling.compile_rasp_to_model(\n");
        out.append("    ").append(ref(output)).append(",\n");
        out.append("    vocab={").append(String.join(", ", vocab)).append("},\n");
        out.append("    max_seq_len=").append(s.maxSeqLen()).append(",\n");
        out.append("    compiler_bos=").append(ValueLiterals.of(StrValue.of(s.bos()))).append(",\n");
        out.append("    compiler_pad=").append(ValueLiterals.of(StrValue.of(s.pad()))).append(",\n");
        if (s.causal()) out.append("    causal=True,\n");
        if (s.mlpExactness() != CompileSettings.DEFAULT_MLP_EXACTNESS) {
            out.append("    mlp_exactness=").append(Numbers.text(s.mlpExactness())).append(",\n");
        }
        out.append(")\n");
        s.example().ifPresent(example -> {
            List<Value> input = new ArrayList<>();
            input.add(StrValue.of(s.bos()));
            input.addAll(example);
            out.append("print(model.apply(").append(PlanToRasp.list(input)).append(").decoded)\n");
        });
    }

    private void step(PlanStep step) {
        String expr;
        boolean named = true;
        if (step instanceof PlanStep.Length) {
            usesLib = true;
            body.append(step.var()).append(" = lib.make_length()\n");
            return;
        }
        if (step instanceof PlanStep.BuiltinCopy c) {
            expr = encoded(ref(c.of()), c.encoding());
            named = false; // Tracr labels a copy of tokens or indices by the built-in's name whatever it is called
        } else if (step instanceof PlanStep.Map m) {
            comment(m.fn());
            expr = encoded("rasp.Map(" + FunctionText.of(m.fn(), Dialect.PYTHON, false, "") + ", " + ref(m.input())
                    + (m.simplify() ? "" : ", simplify=False") + ")", m.encoding());
        } else if (step instanceof PlanStep.SequenceMap m) {
            comment(m.fn());
            expr = encoded("rasp.SequenceMap(" + FunctionText.of(m.fn(), Dialect.PYTHON, false, "") + ", " + ref(m.first())
                    + ", " + ref(m.second()) + ")", m.encoding());
        } else if (step instanceof PlanStep.LinearSequenceMap m) {
            expr = encoded("rasp.LinearSequenceMap(" + ref(m.first()) + ", " + ref(m.second()) + ", "
                    + ValueLiterals.of(m.firstCoeff()) + ", " + ValueLiterals.of(m.secondCoeff()) + ")", m.encoding());
        } else if (step instanceof PlanStep.Aggregate a) {
            String dflt = a.defaultValue() instanceof NoneValue ? "" : ", default=" + ValueLiterals.of(a.defaultValue());
            expr = encoded("rasp.Aggregate(" + a.selector() + ", " + ref(a.sop()) + dflt + ")", a.encoding());
        } else if (step instanceof PlanStep.SelectorWidth w) {
            expr = encoded("rasp.SelectorWidth(" + w.selector() + ")", w.encoding());
        } else if (step instanceof PlanStep.Select s) {
            String predicate;
            if (s.predicate() instanceof PlanStep.Predicate.Compare c) {
                predicate = "rasp.Comparison." + c.comparison().name();
            } else {
                FunctionForm fn = ((PlanStep.Predicate.Function) s.predicate()).fn();
                comment(fn);
                predicate = FunctionText.of(fn, Dialect.PYTHON, true, "");
            }
            expr = "rasp.Select(" + ref(s.keys()) + ", " + ref(s.queries()) + ", " + predicate + ")";
        } else if (step instanceof PlanStep.SelectorAnd a) {
            expr = "rasp.SelectorAnd(" + a.first() + ", " + a.second() + ")";
        } else if (step instanceof PlanStep.SelectorOr o) {
            expr = "rasp.SelectorOr(" + o.first() + ", " + o.second() + ")";
        } else {
            expr = "rasp.SelectorNot(" + ((PlanStep.SelectorNot) step).inner() + ")";
        }
        body.append(step.var()).append(" = ").append(expr);
        if (named) body.append(".named(").append(ValueLiterals.of(StrValue.of(step.name()))).append(")");
        body.append('\n');
    }

    private void comment(FunctionForm fn) {
        if (fn instanceof FunctionForm.Table t) body.append(FunctionText.comment(t.why() + "."));
    }

    /** Tracr's built-ins live in {@code rasp}. */
    private static String ref(String var) {
        if (var.equals(ConversionPlan.TOKENS) || var.equals(ConversionPlan.INDICES)) return "rasp." + var;
        return var;
    }

    /** Tracr's S-ops are categorical unless annotated. */
    private static String encoded(String expr, Encoding encoding) {
        return encoding == Encoding.NUMERICAL ? "rasp.numerical(" + expr + ")" : expr;
    }
}
