package org.raspworkbench.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.raspworkbench.core.bases.FunctionFailure;
import org.raspworkbench.core.bases.ProgramBases;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.HeadCircuit;
import org.raspworkbench.core.model.KeySize;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.PredicateFunction;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.source.ArithmeticFailure;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.value.Value;

/**
 * Notes for the programs Tracr (9ce2b8c) itself fails on while we compile a model: what Tracr does
 * and what we do instead, at the text of the S-op concerned. Two cases: a head whose value is wider
 * than Tracr's key size (its assembly raises a numpy broadcast error), and a function that raises
 * an arithmetic error on an input of a block Tracr tabulates without {@code ignoring_arithmetic_errors}
 * (categorical MLPs, categorical-to-numerical MLPs, sequence maps, and select predicates).
 */
public final class TracrDifferences {
    private TracrDifferences() {
    }

    public static List<Diagnostic> run(CompiledModel model, ProgramBases bases) {
        List<Diagnostic> out = new ArrayList<>();
        for (RaspExpr e : bases.graph().nodes()) functionFailure(e, bases).ifPresent(out::add);
        KeySize keySize = KeySize.of(model.circuits());
        keySize.widenedFor().ifPresent(h -> out.add(widened(h, keySize)));
        return out;
    }

    private static Diagnostic widened(HeadCircuit h, KeySize k) {
        return Diagnostic.note(ErrorKind.UNSUPPORTED, "Tracr cannot assemble this model: it sizes the attention heads"
                + " by the widest query-key matrix (key_size " + k.tracrSize() + "), but the head computing '"
                + h.sop().name() + "' writes " + h.output().length + " value directions, and numpy raises a broadcast"
                + " error. We widen key_size to " + k.size() + ", as later Tracr versions do, so attention scores"
                + " are scaled by 1/sqrt(" + k.size() + ")", h.sop().range());
    }

    private static Optional<Diagnostic> functionFailure(RaspExpr e, ProgramBases bases) {
        if (e instanceof MapOp m && m.inner().isCategorical()) {
            return bases.failureOf(m).map(f -> failedMlp(m, f));
        }
        if (e instanceof SequenceMapOp m && m.first().isCategorical() && m.second().isCategorical()) {
            if (m.first().id() != m.second().id()) return bases.failureOf(m).map(f -> failedMlp(m, f));
            // Tracr tabulates f(x, x) only when both inputs are one S-op
            for (Value x : bases.valueSetOf(m.first())) {
                try {
                    m.fn().apply(List.of(x, x));
                } catch (ArithmeticFailure fail) {
                    return Optional.of(failedMlp(m, new FunctionFailure(List.of(x, x), fail.diagnostic().message())));
                }
            }
            return Optional.empty();
        }
        if (e instanceof Select s && s.predicate() instanceof PredicateFunction p) {
            for (Value q : bases.valueSetOf(s.queries())) {
                for (Value k : bases.valueSetOf(s.keys())) {
                    try {
                        p.fn().apply(List.of(k, q));
                    } catch (ArithmeticFailure fail) {
                        return Optional.of(failedSelect(s, k, q, fail.diagnostic().message()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Diagnostic failedMlp(SOp op, FunctionFailure f) {
        String args = f.args().stream().map(Value::repr).collect(Collectors.joining(", "));
        return Diagnostic.note(ErrorKind.VALUE, "Tracr cannot compile this: building the MLP for '" + op.name()
                + "' it calls the function on every input value, and on " + (f.args().size() == 1 ? args : "(" + args
                + ")") + " it raises " + pythonName(f.message()) + " (" + f.message() + "). We compile it anyway:"
                + " the MLP writes nothing for that input, which the value set leaves out as Tracr's does", op.range());
    }

    private static Diagnostic failedSelect(Select s, Value key, Value query, String message) {
        return Diagnostic.note(ErrorKind.VALUE, "Tracr cannot compile this: building the attention for select '"
                + s.name() + "' it calls the predicate on every key and query, and on key " + key.repr() + ", query "
                + query.repr() + " it raises " + pythonName(message) + " (" + message + "). We compile it anyway:"
                + " that pair scores as not selected", s.range());
    }

    private static String pythonName(String message) {
        return message.contains("by zero") || message.contains("negative power") ? "ZeroDivisionError"
                : "OverflowError";
    }
}
