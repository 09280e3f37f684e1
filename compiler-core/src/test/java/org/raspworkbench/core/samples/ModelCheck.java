package org.raspworkbench.core.samples;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.evaluation.Evaluator;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/**
 * Runs a compiled model and the RASP interpreter on the same input and lists where they disagree,
 * the comparison Tracr's integration test makes: categorical outputs must be equal, numerical ones
 * close (Tracr allows a relative error of 0.5%; we also allow 1e-3 absolute), and positions where
 * the program gives None are not compared.
 */
final class ModelCheck {
    static final double ABS_TOLERANCE = 1e-3;
    static final double REL_TOLERANCE = 0.005;

    private ModelCheck() {
    }

    /** One input's outputs side by side, with the positions (0 = first input token) that differ. */
    record Outcome(List<Value> input, List<Value> model, List<Value> program, List<Integer> mismatches,
                   List<String> beyondTracr) {
        boolean agrees() {
            return mismatches.isEmpty();
        }

        /** How many positions were compared (those where the program's value is not None). */
        long compared() {
            return program.stream().filter(v -> !(v instanceof NoneValue)).count();
        }

        /**
         * True when the program, on this input, gives some S-op a value the compiler did not plan
         * for, so that Tracr's model (and therefore ours) is known to compute something else: a
         * categorical aggregate that averages different values (no one-hot holds a mean; the model
         * outputs an argmax), or a numerical value outside its inferred value set where a
         * discretising MLP reads it (Tracr infers {@code {v / n}} for a numerical mean of 0/1
         * values, missing fractions like 2/3, and the MLP rounds such a value to a neighbour).
         */
        boolean outsideTracrsGuarantee() {
            return !beyondTracr.isEmpty();
        }

        String describe() {
            return "input " + reprs(input) + ": model " + reprs(model) + ", program " + reprs(program)
                    + (agrees() ? "" : ", differ at positions " + mismatches)
                    + (beyondTracr.isEmpty() ? "" : " (beyond what Tracr compiles: " + beyondTracr + ")");
        }
    }

    static Outcome run(CompiledModel model, List<Value> input) {
        ForwardTrace trace = ForwardPass.run(model, input);
        Evaluation evaluation = Evaluator.evaluate(model.program(), input);
        List<Value> decoded = trace.decoded().subList(1, trace.decoded().size());
        List<Value> expected = evaluation.output();
        boolean numerical = model.output().encoding() == Encoding.NUMERICAL;
        List<Integer> mismatches = new ArrayList<>();
        for (int p = 0; p < input.size(); p++) {
            Value want = expected.get(p);
            if (want instanceof NoneValue) continue;
            if (!same(decoded.get(p), want, numerical)) mismatches.add(p);
        }
        List<String> beyond = new ArrayList<>(averagingAggregates(model.program(), evaluation));
        beyond.addAll(outsideValueSets(model, evaluation));
        return new Outcome(input, decoded, expected, mismatches, beyond);
    }

    /** The categorical aggregates the output depends on that select different values somewhere. */
    static List<String> averagingAggregates(RaspProgram program, Evaluation evaluation) {
        List<String> found = new ArrayList<>();
        for (RaspExpr node : dependencies(program.output())) {
            if (!(node instanceof AggregateOp a) || a.encoding() != Encoding.CATEGORICAL) continue;
            boolean[][] selected = evaluation.selectionOf(a.selector());
            List<Value> values = evaluation.valuesOf(a.sop());
            for (int q = 0; q < selected.length; q++) {
                Set<Value> distinct = new HashSet<>();
                for (int k = 0; k < selected[q].length; k++) {
                    if (selected[q][k]) distinct.add(values.get(k));
                }
                if (distinct.size() > 1) {
                    found.add(a.name() + " averages at " + q);
                }
            }
        }
        return found;
    }

    /**
     * The numerical S-ops read by a discretising MLP (a map of a numerical S-op) that take a value
     * outside their compiled value set: the MLP only has steps between planned values and rounds
     * any other value to a neighbour. (Attention and linear maps carry any value exactly.)
     */
    static List<String> outsideValueSets(CompiledModel model, Evaluation evaluation) {
        List<String> found = new ArrayList<>();
        for (RaspExpr node : dependencies(model.program().output())) {
            if (!(node instanceof MapOp map) || !map.inner().isNumerical()) continue;
            SOp sop = map.inner();
            Optional<List<Value>> valueSet = model.valueSetOf(sop);
            if (valueSet.isEmpty()) continue;
            List<Value> values = evaluation.valuesOf(sop);
            for (int p = 0; p < values.size(); p++) {
                Value v = values.get(p);
                if (v instanceof NoneValue || contains(valueSet.get(), v)) continue;
                found.add(sop.name() + " = " + v.repr() + " at " + p + " is outside the value set that "
                        + map.name() + "'s MLP discretises");
            }
        }
        return found;
    }

    private static boolean contains(List<Value> valueSet, Value v) {
        for (Value w : valueSet) {
            if (w.equals(v)) return true;
            if (w instanceof NumericValue a && v instanceof NumericValue b
                    && Math.abs(a.asDouble() - b.asDouble()) <= 1e-9) {
                return true;
            }
        }
        return false;
    }

    private static Set<RaspExpr> dependencies(RaspExpr output) {
        Set<RaspExpr> seen = new LinkedHashSet<>();
        Deque<RaspExpr> todo = new ArrayDeque<>(List.of(output));
        while (!todo.isEmpty()) {
            RaspExpr e = todo.pop();
            if (seen.add(e)) todo.addAll(e.children());
        }
        return seen;
    }

    static boolean same(Value actual, Value expected, boolean numerical) {
        if (numerical && actual instanceof NumericValue a && expected instanceof NumericValue e) {
            return close(a.asDouble(), e.asDouble());
        }
        return actual.equals(expected);
    }

    static boolean close(double actual, double expected) {
        return Math.abs(actual - expected) <= Math.max(ABS_TOLERANCE, REL_TOLERANCE * Math.abs(expected));
    }

    /** The example (when set), then inputs drawn from the vocab: length 1, max_seq_len, and random. */
    static List<List<Value>> inputs(CompileSettings settings, int randomCount, long seed) {
        List<List<Value>> inputs = new ArrayList<>();
        settings.example().ifPresent(inputs::add);
        Random random = new Random(seed);
        List<Value> vocab = settings.vocab();
        inputs.add(draw(vocab, 1, random));
        inputs.add(draw(vocab, settings.maxSeqLen(), random));
        for (int i = 0; i < randomCount; i++) {
            inputs.add(draw(vocab, 1 + random.nextInt(settings.maxSeqLen()), random));
        }
        return inputs;
    }

    private static List<Value> draw(List<Value> vocab, int length, Random random) {
        List<Value> input = new ArrayList<>();
        for (int i = 0; i < length; i++) input.add(vocab.get(random.nextInt(vocab.size())));
        return input;
    }

    static String reprs(List<Value> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(values.get(i).repr());
        }
        return sb.append(']').toString();
    }
}
