package org.raspworkbench.core.craft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.bases.VectorSpace;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.core.value.Values;

/**
 * The first layer shared by the numerical MLPs (Tracr's {@code _get_discretising_layer}). The
 * sorted input values that f accepts, v0 < v1 < ..., are separated by the midpoints t(k-1) between
 * v(k-1) and v(k); for each k >= 1 two units compute {@code relu(L(x - t) + 1)} and
 * {@code relu(L(x - t))}, whose difference is a step from 0 to 1 at t. A {@code start} unit reads
 * the {@code one} direction.
 *
 * @param first        the first layer, from {input, one} to the hidden units
 * @param start        the unit fed by {@code one}
 * @param outputValues f(v0), f(v1), ... for the values f accepts, in input order
 */
record DiscretisingLayer(Linear first, BasisDirection start, String hiddenName, List<Value> outputValues) {

    /**
     * @param f maps an input value to its image, empty where Tracr drops it (an arithmetic error
     *          or {@code None})
     * @throws IllegalArgumentException when f accepts no input value, or the inputs are not numbers
     */
    static DiscretisingLayer build(VectorSpace inputSpace, List<Value> inputValueSet, Function<Value, Optional<Value>> f,
                                   String hiddenName, BasisDirection one, double largeNumber) {
        if (inputSpace.dim() != 1) throw new IllegalArgumentException("numerical input needs one direction: " + inputSpace);
        List<Value> sortedInputs = new ArrayList<>(inputValueSet);
        sortedInputs.sort(Values.DISPLAY_ORDER);
        List<Double> accepted = new ArrayList<>();
        List<Value> outputs = new ArrayList<>();
        for (Value x : sortedInputs) {
            Optional<Value> y = f.apply(x);
            if (y.isEmpty()) continue;
            if (!(x instanceof NumericValue n)) {
                throw new IllegalArgumentException("a numerical S-op holds the non-number " + x.repr());
            }
            accepted.add(n.asDouble());
            outputs.add(y.get());
        }
        if (accepted.isEmpty()) throw new IllegalArgumentException("the function gives no value on any input");

        BasisDirection start = BasisDirection.of(hiddenName + "start");
        List<BasisDirection> units = new ArrayList<>();
        units.add(start);
        for (int k = 1; k < accepted.size(); k++) {
            units.add(unit(hiddenName, k, 0));
            units.add(unit(hiddenName, k, 1));
        }
        VectorSpace hidden = Spaces.sorted(units);
        BasisDirection x = inputSpace.basis().get(0);
        LinearBuilder first = new LinearBuilder(Spaces.join(inputSpace, Spaces.of(one)), hidden);
        first.add(one, start, 1);
        for (int k = 1; k < accepted.size(); k++) {
            double threshold = (accepted.get(k - 1) + accepted.get(k)) / 2;
            first.add(one, unit(hiddenName, k, 0), 1 - largeNumber * threshold);
            first.add(one, unit(hiddenName, k, 1), -(largeNumber * threshold));
            first.add(x, unit(hiddenName, k, 0), largeNumber);
            first.add(x, unit(hiddenName, k, 1), largeNumber);
        }
        return new DiscretisingLayer(first.build(), start, hiddenName, List.copyOf(outputs));
    }

    static BasisDirection unit(String hiddenName, int k, int i) {
        return new BasisDirection(hiddenName, new TupleValue(List.of(IntValue.of(k), IntValue.of(i))));
    }

    VectorSpace hidden() {
        return first.output();
    }

    /** The number of thresholds: one per accepted input value after the first. */
    int steps() {
        return outputValues.size() - 1;
    }
}
