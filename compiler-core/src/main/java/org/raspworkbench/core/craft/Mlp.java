package org.raspworkbench.core.craft;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.bases.VectorSpace;

/** A ReLU MLP: {@code second(relu(first(x)))}; the hidden space is {@code first.output()}. */
public record Mlp(Linear first, Linear second) implements CraftBlock {
    /** The hidden units, one per direction. */
    public VectorSpace hiddenSpace() {
        return first.output();
    }

    /**
     * MLPs acting side by side (Tracr's {@code MLP.combine_in_parallel}, used for the MLPs of one
     * layer): both layers are combined with {@link Linears#combineInParallel}, so hidden directions
     * that several MLPs share (the selector widths' {@code _hidden_clean_bos_}) become one unit
     * whose weights add up.
     */
    public static Mlp combineInParallel(List<Mlp> mlps) {
        List<Linear> firsts = new ArrayList<>();
        List<Linear> seconds = new ArrayList<>();
        for (Mlp m : mlps) {
            firsts.add(m.first());
            seconds.add(m.second());
        }
        return new Mlp(Linears.combineInParallel(firsts), Linears.combineInParallel(seconds));
    }
}
