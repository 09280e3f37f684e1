package org.raspworkbench.core.craft;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.bases.VectorSpace;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/**
 * MLPs reading a numerical input, as Tracr's {@code chamber/numerical_mlp.py}: a function of one
 * number through a {@link DiscretisingLayer}, and {@code a*x + b*y} through four ReLU units.
 */
public final class NumericalMlp {
    private NumericalMlp() {
    }

    /**
     * A numerical function of a numerical input. The output telescopes: {@code f(v0)} from the
     * start unit plus {@code f(vk) - f(v(k-1))} times each step. Images must be numbers.
     */
    public static Mlp map(VectorSpace input, VectorSpace output, List<Value> inputValueSet,
                          Function<Value, Optional<Value>> f, BasisDirection one, String hiddenName,
                          double largeNumber) {
        if (output.dim() != 1) throw new IllegalArgumentException("numerical output needs one direction: " + output);
        BasisDirection target = output.basis().get(0);
        DiscretisingLayer layer = DiscretisingLayer.build(input, inputValueSet, f, hiddenName, one, largeNumber);
        List<Value> outs = layer.outputValues();
        LinearBuilder second = new LinearBuilder(layer.hidden(), output);
        second.add(layer.start(), target, number(outs.get(0)));
        for (int k = 1; k <= layer.steps(); k++) {
            double step = number(outs.get(k)) - number(outs.get(k - 1));
            second.add(DiscretisingLayer.unit(hiddenName, k, 0), target, step);
            second.add(DiscretisingLayer.unit(hiddenName, k, 1), target, -step);
        }
        return new Mlp(layer.first(), second.build());
    }

    /**
     * A categorical function of a numerical input: the start unit writes the direction of
     * {@code f(v0)}, each step moves the one-hot from {@code f(v(k-1))} to {@code f(vk)}.
     */
    public static Mlp mapToCategorical(VectorSpace input, VectorSpace output, List<Value> inputValueSet,
                                       Function<Value, Optional<Value>> f, BasisDirection one, String hiddenName,
                                       double largeNumber) {
        VectorSpace out = Spaces.sorted(output);
        Map<Value, BasisDirection> byValue = new HashMap<>();
        for (BasisDirection d : out.basis()) {
            if (d.value() == null) throw new IllegalArgumentException("categorical output direction without value: " + d);
            byValue.putIfAbsent(d.value(), d);
        }
        DiscretisingLayer layer = DiscretisingLayer.build(input, inputValueSet, f, hiddenName, one, largeNumber);
        List<Value> outs = layer.outputValues();
        for (Value v : outs) {
            if (!byValue.containsKey(v)) {
                throw new IllegalArgumentException("the value " + v.repr() + " is missing from the output space");
            }
        }
        LinearBuilder second = new LinearBuilder(layer.hidden(), out);
        second.add(layer.start(), byValue.get(outs.get(0)), 1);
        for (int k = 1; k <= layer.steps(); k++) {
            for (int i = 0; i <= 1; i++) {
                double sign = i == 0 ? 1 : -1;
                BasisDirection unit = DiscretisingLayer.unit(hiddenName, k, i);
                second.add(unit, byValue.get(outs.get(k)), sign);
                second.add(unit, byValue.get(outs.get(k - 1)), -sign);
            }
        }
        return new Mlp(layer.first(), second.build());
    }

    /**
     * {@code a*x + b*y} for numerical x and y: units {@code <hidden>x:1}, {@code <hidden>x:-1},
     * {@code <hidden>y:1}, {@code <hidden>y:-1} hold relu(x), relu(-x), relu(y), relu(-y).
     * When x and y are the same direction its one input row carries both contributions (Tracr
     * lists the direction twice and its assembly reads the first row, which has both).
     */
    public static Mlp linearSequenceMap(BasisDirection input1, BasisDirection input2, BasisDirection output,
                                        double factor1, double factor2, String hiddenName) {
        BasisDirection xPos = new BasisDirection(hiddenName + "x", IntValue.of(1));
        BasisDirection xNeg = new BasisDirection(hiddenName + "x", IntValue.of(-1));
        BasisDirection yPos = new BasisDirection(hiddenName + "y", IntValue.of(1));
        BasisDirection yNeg = new BasisDirection(hiddenName + "y", IntValue.of(-1));
        VectorSpace hidden = Spaces.sorted(List.of(xPos, xNeg, yPos, yNeg));
        VectorSpace outSpace = Spaces.of(output);

        LinearBuilder first = new LinearBuilder(Spaces.sorted(List.of(input1, input2)), hidden);
        first.add(input1, xPos, 1);
        first.add(input1, xNeg, -1);
        first.add(input2, yPos, 1);
        first.add(input2, yNeg, -1);

        LinearBuilder second = new LinearBuilder(hidden, outSpace);
        second.add(xPos, output, factor1);
        second.add(xNeg, output, -factor1);
        second.add(yPos, output, factor2);
        second.add(yNeg, output, -factor2);
        return new Mlp(first.build(), second.build());
    }

    private static double number(Value v) {
        if (v instanceof NumericValue n) return n.asDouble();
        throw new IllegalArgumentException("a numerical S-op would hold the non-number " + v.repr());
    }
}
