package org.raspworkbench.core.craft;

import java.util.List;
import java.util.function.Function;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.bases.VectorSpace;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.WorkBudget;
import org.raspworkbench.core.value.Value;

/**
 * What the block builders need to know about the program: the residual directions and value set of
 * every S-op (from value-set inference), the {@code one} and BOS directions, and the settings that
 * shape blocks.
 *
 * @param spaceOf      the residual directions an S-op owns: categorical gives
 *                     {@code BasisDirection(name, v)} for each v of its value set, numerical gives
 *                     {@code BasisDirection(name)}
 * @param valueSetOf   the S-op's value set, sorted by {@code Values.DISPLAY_ORDER}
 * @param one          {@code BasisDirection("one")}
 * @param bos          {@code BasisDirection("tokens", StrValue(bos))}
 * @param causal       whether attention heads are causal
 * @param mlpExactness Tracr's {@code mlp_exactness}, the steepness of discretising MLPs
 * @param maxSeqLen    the longest input, without the BOS
 * @param budget       what calling the program's functions to tabulate blocks may still spend
 */
public record BlockContext(Function<SOp, VectorSpace> spaceOf,
                           Function<SOp, List<Value>> valueSetOf,
                           BasisDirection one, BasisDirection bos,
                           boolean causal, double mlpExactness, int maxSeqLen, WorkBudget budget) {
    /** With a budget of its own (blocks built outside a compilation). */
    public BlockContext(Function<SOp, VectorSpace> spaceOf, Function<SOp, List<Value>> valueSetOf, BasisDirection one,
                        BasisDirection bos, boolean causal, double mlpExactness, int maxSeqLen) {
        this(spaceOf, valueSetOf, one, bos, causal, mlpExactness, maxSeqLen, WorkBudget.standard());
    }

    /** {@code fn}, charging every call to the budget. */
    public RaspFunction metered(RaspFunction fn) {
        return args -> fn.apply(args, budget);
    }
}
