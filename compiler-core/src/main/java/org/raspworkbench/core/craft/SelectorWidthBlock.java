package org.raspworkbench.core.craft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.bases.VectorSpace;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/**
 * Selector width as Tracr's {@code chamber/selector_width.py} builds it: an attention head that
 * always attends to BOS and averages the BOS direction, so each position reads {@code 1/(w+1)}
 * in {@code <label>_selector_width_attn_output}; then an MLP that turns that number back into w
 * (discretising {@code round(1/x - 1)}), in parallel with a one-unit MLP
 * ({@code _hidden_clean_bos_}) that, at the BOS position only, removes what the two wrote there.
 */
public final class SelectorWidthBlock {
    /** The hidden unit of the BOS clean-up; the same name for every selector width, as in Tracr. */
    public static final String CLEAN_BOS_HIDDEN = "_hidden_clean_bos_";

    private SelectorWidthBlock() {
    }

    /** The residual direction the attention half writes to. */
    public static BasisDirection attentionOutput(String label) {
        return BasisDirection.of(label + "_selector_width_attn_output");
    }

    /**
     * @param outValueSet        the widths the output can hold (0..max_seq_len)
     * @param categoricalOutput  one-hot output (which then must hold the value 0) or one number
     */
    public static SeriesWithResiduals build(VectorSpace querySpace, VectorSpace keySpace, VectorSpace outputSpace,
                                            BasisDirection bos, BasisDirection one,
                                            CategoricalAttention.QueryKeyScore attnFn, List<Value> outValueSet,
                                            boolean categoricalOutput, boolean causal, double softmaxColdness,
                                            double mlpLargeNumber, String label) {
        if (!categoricalOutput && outputSpace.dim() != 1) {
            throw new IllegalArgumentException("numerical selector width needs one output direction");
        }
        BasisDirection attnOut = attentionOutput(label);
        VectorSpace attnOutSpace = Spaces.of(attnOut);
        AttentionHead attn = CategoricalAttention.build(querySpace, keySpace, Spaces.of(bos), attnOutSpace, bos, one,
                attnFn, causal, true, false, softmaxColdness);

        Set<Value> inValues = new LinkedHashSet<>();
        for (Value w : outValueSet) inValues.add(FloatValue.of(1.0 / (((NumericValue) w).asDouble() + 1)));
        Function<Value, Optional<Value>> widthOf =
                x -> Optional.of(IntValue.of((long) Math.rint(1 / ((NumericValue) x).asDouble() - 1)));
        String hiddenName = "_hidden_" + label + "_";
        List<Value> inputs = new ArrayList<>(inValues);
        Mlp decode = categoricalOutput
                ? NumericalMlp.mapToCategorical(attnOutSpace, outputSpace, inputs, widthOf, one, hiddenName,
                        mlpLargeNumber)
                : NumericalMlp.map(attnOutSpace, outputSpace, inputs, widthOf, one, hiddenName, mlpLargeNumber);

        VectorSpace cleanOut = Spaces.join(attnOutSpace, outputSpace);
        BasisDirection clean = BasisDirection.of(CLEAN_BOS_HIDDEN);
        VectorSpace cleanHidden = Spaces.of(clean);
        LinearBuilder cleanFirst = new LinearBuilder(Spaces.of(bos), cleanHidden);
        cleanFirst.add(bos, clean, 1);
        LinearBuilder cleanSecond = new LinearBuilder(cleanHidden, cleanOut);
        cleanSecond.add(clean, attnOut, -1);
        if (categoricalOutput) cleanSecond.add(clean, zeroDirection(outputSpace), -1);
        Mlp cleanBos = new Mlp(cleanFirst.build(), cleanSecond.build());

        return new SeriesWithResiduals(List.of(attn, Mlp.combineInParallel(List.of(decode, cleanBos))));
    }

    private static BasisDirection zeroDirection(VectorSpace output) {
        for (BasisDirection d : Spaces.sorted(output).basis()) {
            if (d.value() != null && d.value().equals(IntValue.of(0))) return d;
        }
        throw new IllegalArgumentException("a categorical selector width needs the value 0 in " + output);
    }
}
