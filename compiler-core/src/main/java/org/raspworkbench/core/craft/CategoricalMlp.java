package org.raspworkbench.core.craft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.bases.VectorSpace;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/**
 * MLPs reading one-hot (categorical) inputs, as Tracr's {@code chamber/categorical_mlp.py}: lookup
 * tables whose hidden layer is the output itself, and the two-input table whose hidden layer has
 * one unit per pair of input values.
 */
public final class CategoricalMlp {
    private CategoricalMlp() {
    }

    /**
     * A categorical function of one categorical input. The hidden space is the output space: the
     * first layer sends each input direction to the direction of its image (or to zero when the
     * image is empty or outside the output space), the second layer is the identity.
     */
    public static Mlp map(VectorSpace input, VectorSpace output,
                          Function<BasisDirection, Optional<BasisDirection>> operation) {
        VectorSpace in = Spaces.sorted(input);
        VectorSpace out = Spaces.sorted(output);
        LinearBuilder first = new LinearBuilder(in, out);
        for (int i = 0; i < in.dim(); i++) {
            Optional<BasisDirection> image = operation.apply(in.basis().get(i));
            if (image.isPresent() && first.outputHas(image.get())) first.add(i, image.get(), 1);
        }
        return new Mlp(first.build(), Linears.project(out, out));
    }

    /**
     * A numerical function of one categorical input: the single hidden unit (the output direction
     * itself) receives f(x) from direction x; an empty image contributes zero.
     */
    public static Mlp mapToNumerical(VectorSpace input, VectorSpace output,
                                     Function<BasisDirection, OptionalDouble> operation) {
        if (output.dim() != 1) throw new IllegalArgumentException("numerical output needs one direction: " + output);
        VectorSpace in = Spaces.sorted(input);
        BasisDirection target = output.basis().get(0);
        LinearBuilder first = new LinearBuilder(in, output);
        for (int i = 0; i < in.dim(); i++) {
            OptionalDouble v = operation.apply(in.basis().get(i));
            if (v.isPresent()) first.add(i, target, v.getAsDouble());
        }
        return new Mlp(first.build(), Linears.project(output, output));
    }

    /**
     * A categorical function of two categorical inputs with disjoint spaces. One hidden unit per
     * pair (x, y), named {@code hiddenName} with value {@code (x.name, x.value, y.name, y.value)},
     * computes {@code relu(x + y - 1)} (the {@code one} direction gives the -1); the second layer
     * sends each unit to the direction of f(x, y) when that lies in the output space.
     */
    public static Mlp sequenceMap(VectorSpace input1, VectorSpace input2, VectorSpace output,
                                  BiFunction<BasisDirection, BasisDirection, Optional<BasisDirection>> operation,
                                  BasisDirection one, String hiddenName) {
        VectorSpace in1 = Spaces.sorted(input1);
        VectorSpace in2 = Spaces.sorted(input2);
        VectorSpace input = Spaces.directSum(in1, in2, Spaces.of(one));
        VectorSpace out = Spaces.sorted(output);

        // Listing pairs with x outer and y inner, both sorted, gives Tracr's sorted order of the
        // (name, value, name, value) labels whenever values compare (unit order never changes
        // what the MLP computes); unit (a, b) sits at a * |in2| + b.
        List<BasisDirection> pairs = new ArrayList<>(in1.dim() * in2.dim());
        for (BasisDirection x : in1.basis()) {
            for (BasisDirection y : in2.basis()) pairs.add(pairDirection(hiddenName, x, y));
        }
        VectorSpace hidden = new VectorSpace(pairs);
        int[][] unit = new int[in1.dim()][in2.dim()];
        for (int a = 0; a < in1.dim(); a++) {
            for (int b = 0; b < in2.dim(); b++) unit[a][b] = a * in2.dim() + b;
        }

        Map<BasisDirection, Integer> inIndex = input.indexMap();
        double[][] first = new double[input.dim()][hidden.dim()];
        Arrays.fill(first[inIndex.get(one)], -1);
        for (int a = 0; a < in1.dim(); a++) {
            double[] row = first[inIndex.get(in1.basis().get(a))];
            for (int b = 0; b < in2.dim(); b++) row[unit[a][b]] += 1;
        }
        for (int b = 0; b < in2.dim(); b++) {
            double[] row = first[inIndex.get(in2.basis().get(b))];
            for (int a = 0; a < in1.dim(); a++) row[unit[a][b]] += 1;
        }

        // one entry per unit at most: the builder keeps this (pairs x outputs) map sparse
        LinearBuilder second = new LinearBuilder(hidden, out);
        for (int a = 0; a < in1.dim(); a++) {
            for (int b = 0; b < in2.dim(); b++) {
                Optional<BasisDirection> image = operation.apply(in1.basis().get(a), in2.basis().get(b));
                if (image.isPresent() && second.outputHas(image.get())) second.add(unit[a][b], image.get(), 1);
            }
        }
        return new Mlp(new Linear(input, hidden, first), second.build());
    }

    private static BasisDirection pairDirection(String hiddenName, BasisDirection x, BasisDirection y) {
        return new BasisDirection(hiddenName, new TupleValue(List.of(
                StrValue.of(x.name()), valueOrNone(x), StrValue.of(y.name()), valueOrNone(y))));
    }

    private static Value valueOrNone(BasisDirection d) {
        return d.value() == null ? NoneValue.NONE : d.value();
    }
}
