package org.raspworkbench.core.craft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.bases.VectorSpace;

/** Operations on {@link Linear} maps that Tracr's {@code vectorspace_fns} provides. */
public final class Linears {
    private Linears() {
    }

    /**
     * The projection from one space onto another: a shared direction maps to itself, any other
     * to zero.
     */
    public static Linear project(VectorSpace from, VectorSpace to) {
        LinearBuilder b = new LinearBuilder(from, to);
        for (int i = 0; i < from.dim(); i++) {
            BasisDirection d = from.basis().get(i);
            if (b.outputHas(d)) b.add(i, d, 1);
        }
        return b.build();
    }

    /**
     * Maps acting side by side (Tracr's {@code Linear.combine_in_parallel}): inputs and outputs are
     * the sorted unions, and where maps share an input direction their images add up.
     */
    public static Linear combineInParallel(List<Linear> maps) {
        List<VectorSpace> ins = new ArrayList<>();
        List<VectorSpace> outs = new ArrayList<>();
        for (Linear m : maps) {
            ins.add(m.input());
            outs.add(m.output());
        }
        VectorSpace in = VectorSpace.join(ins);
        VectorSpace out = VectorSpace.join(outs);
        Map<BasisDirection, Integer> inIndex = in.indexMap();
        Map<BasisDirection, Integer> outIndex = out.indexMap();
        LinearBuilder combined = new LinearBuilder(in, out);
        for (Linear m : maps) {
            int[] rows = new int[m.input().dim()];
            for (int i = 0; i < rows.length; i++) rows[i] = inIndex.get(m.input().basis().get(i));
            int[] cols = new int[m.output().dim()];
            for (int j = 0; j < cols.length; j++) cols[j] = outIndex.get(m.output().basis().get(j));
            m.forEachNonZero((i, j, v) -> combined.add(rows[i], cols[j], v));
        }
        return combined.build();
    }
}
