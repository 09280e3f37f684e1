package org.raspworkbench.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.graph.ProgramGraph;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.Selector;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.rasp.TracrConstant;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;

/**
 * Tracr's static validation ({@code validating.py}) plus the constructs its later passes reject
 * (composite selectors): one {@code unsupported} error per offending node of the graph, at that
 * node's text, in Tracr's breadth-first order.
 */
public final class StaticValidator {
    private StaticValidator() {
    }

    public static List<Diagnostic> run(ProgramGraph graph) {
        List<Diagnostic> out = new ArrayList<>();
        for (RaspExpr e : graph.nodes()) check(e).ifPresent(out::add);
        return out;
    }

    private static Optional<Diagnostic> check(RaspExpr e) {
        if (e instanceof TokensOp t && t.isNumerical()) {
            return fail(e, "numerical tokens are not supported: Tracr always embeds tokens categorically");
        }
        if (e instanceof IndicesOp i && i.isNumerical()) {
            return fail(e, "numerical indices are not supported: Tracr always embeds indices categorically");
        }
        if (e instanceof MapOp m && m.fn() instanceof TracrConstant c) return fail(e, c.compileError());
        if (e instanceof Select s) return checkSelect(s);
        if (e instanceof AggregateOp a) return checkAggregate(a);
        if (e instanceof SelectorWidthOp w) return checkComposite(w.selector(), "selector_width");
        if (e instanceof LinearSequenceMapOp l) {
            if (!(l.isNumerical() && l.first().isNumerical() && l.second().isNumerical())) {
                return fail(e, "a linear combination '" + l.name() + "' of categorical S-ops is not supported: "
                        + "Tracr's linear sequence map needs numerical inputs and output");
            }
        }
        if (e instanceof SequenceMapOp m) {
            if (!(m.isCategorical() && m.first().isCategorical() && m.second().isCategorical())) {
                return fail(e, "a non-linear numerical sequence_map '" + m.name() + "' is not supported: "
                        + "Tracr compiles sequence_map only between categorical S-ops with a categorical result "
                        + "(only x + y and x - y of numerical S-ops are linear)");
            }
        }
        return Optional.empty();
    }

    private static Optional<Diagnostic> checkSelect(Select s) {
        if (!s.keys().isCategorical()) {
            return fail(s, "a select '" + s.name() + "' with numerical keys ('" + s.keys().name()
                    + "') is not supported: Tracr's attention needs categorical keys");
        }
        if (!s.queries().isCategorical()) {
            return fail(s, "a select '" + s.name() + "' with numerical queries ('" + s.queries().name()
                    + "') is not supported: Tracr's attention needs categorical queries");
        }
        return Optional.empty();
    }

    private static Optional<Diagnostic> checkAggregate(AggregateOp a) {
        SOp sop = a.sop();
        if (a.encoding() != sop.encoding()) {
            return fail(a, "an aggregate '" + a.name() + "' whose encoding (" + a.encoding().label()
                    + ") differs from its S-op's ('" + sop.name() + "' is " + sop.encoding().label()
                    + ") is not supported: convert the S-op with numerical(...) or categorical(...) first");
        }
        if (a.isCategorical() && !(a.defaultValue() instanceof NoneValue)) {
            return fail(a, "a categorical aggregate '" + a.name() + "' with default " + a.defaultValue().repr()
                    + " is not supported: Tracr only supports the default None");
        }
        if (a.isNumerical() && !IntValue.of(0).equals(a.defaultValue())) {
            return fail(a, "a numerical aggregate '" + a.name() + "' with default " + a.defaultValue().repr()
                    + " is not supported: Tracr only supports the default 0");
        }
        return checkComposite(a.selector(), "aggregate");
    }

    private static Optional<Diagnostic> checkComposite(Selector sel, String user) {
        if (sel instanceof Select) return Optional.empty();
        return fail(sel, "a composite selector '" + sel.name() + "' (and/or/not of selects) used by " + user
                + " is not supported: Tracr compiles only a single select");
    }

    private static Optional<Diagnostic> fail(RaspExpr e, String message) {
        return Optional.of(Diagnostic.error(ErrorKind.UNSUPPORTED, message, e.range()));
    }
}
