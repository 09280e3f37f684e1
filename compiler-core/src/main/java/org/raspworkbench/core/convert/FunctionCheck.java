package org.raspworkbench.core.convert;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.program.RunResult;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.PredicateFunction;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.source.ArithmeticFailure;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.syntax.Expr;
import org.raspworkbench.core.value.Value;

/**
 * Whether a recovered lambda computes what the node's function computes on every input the model
 * sees: the lambda is printed as {@code .rasp}, run by our interpreter, and called on each input
 * beside the original. Results must be the same value of the same type (so {@code 1}, {@code 1.0},
 * {@code True} and {@code -0.0}, {@code 0.0} differ), failures the same kind (an arithmetic error
 * where the original has one). A predicate is compared by its attention score, as the compiler
 * reads it: a number counts as itself ({@code True} as 1), anything else by its truthiness.
 */
final class FunctionCheck {
    private FunctionCheck() {
    }

    /** The function's outcome on one input: its result, or which kind of failure. */
    private record Outcome(Value result, boolean arithmeticFailure, boolean otherFailure) {
        static Outcome of(RaspFunction f, List<Value> args) {
            try {
                return new Outcome(f.apply(args), false, false);
            } catch (ArithmeticFailure e) {
                return new Outcome(null, true, false);
            } catch (RaspException e) {
                return new Outcome(null, false, true);
            }
        }

        boolean sameAs(Outcome o, boolean byTruth) {
            if (arithmeticFailure || otherFailure) return arithmeticFailure == o.arithmeticFailure && otherFailure == o.otherFailure;
            if (o.result == null) return false;
            if (byTruth) return score(result) == score(o.result);
            return result.typeName().equals(o.result.typeName()) && result.repr().equals(o.result.repr());
        }
    }

    /** What attention makes of a predicate's result: Tracr multiplies its coldness by it. */
    static double score(Value v) {
        return v instanceof org.raspworkbench.core.value.NumericValue n ? n.asDouble() : v.truthy() ? 1 : 0;
    }

    static boolean sameOnInputs(Expr.Lambda candidate, RaspFunction original, List<List<Value>> inputs, boolean predicate) {
        Optional<RaspFunction> f = compiled(candidate, inputs.isEmpty() ? 1 : inputs.get(0).size(), predicate);
        if (f.isEmpty()) return false;
        for (List<Value> args : inputs) {
            if (!Outcome.of(original, args).sameAs(Outcome.of(f.get(), args), predicate)) return false;
        }
        return true;
    }

    /** The candidate as our interpreter runs it, inside the primitive that would call it. */
    private static Optional<RaspFunction> compiled(Expr.Lambda candidate, int arity, boolean predicate) {
        String text;
        try {
            text = new ExprPrinter(Dialect.RASP).print(candidate);
        } catch (ExprPrinter.Unprintable e) {
            return Optional.empty();
        }
        String use = predicate ? "m = selector_width(select(tokens, indices, f));"
                : arity == 1 ? "m = map(f, tokens);" : "m = sequence_map(f, tokens, indices);";
        RunResult run = ProgramRunner.run("set vocab [0];\nset max_seq_len 1;\nf = " + text + ";\n" + use + "\n");
        if (!run.ok()) return Optional.empty();
        for (RaspExpr node : run.program().get().nodes()) {
            if (!predicate && arity == 1 && node instanceof MapOp m) return Optional.of(m.fn());
            if (!predicate && arity == 2 && node instanceof SequenceMapOp m) return Optional.of(m.fn());
            if (predicate && node instanceof Select s && s.predicate() instanceof PredicateFunction p) {
                return Optional.of(p.fn());
            }
        }
        return Optional.empty();
    }
}
