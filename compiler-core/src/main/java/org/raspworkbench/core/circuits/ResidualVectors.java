package org.raspworkbench.core.circuits;

import java.util.List;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.value.StrValue;

/**
 * The residual vectors the circuit grids and tables probe the weights with: what a non-BOS position
 * holds for the chosen S-op values (each entry's amount on its direction) plus the {@code one}
 * direction, and what the BOS position holds ({@code tokens:BOS} plus {@code one}).
 */
final class ResidualVectors {
    private ResidualVectors() {
    }

    static double[] of(CompiledModel model, List<AxisEntry> entries) {
        double[] x = new double[model.config().dModel()];
        int one = model.embedding().one();
        if (one >= 0) x[one] = 1;
        for (AxisEntry e : entries) {
            int col = model.indexOf(e.direction());
            if (col < 0) throw new IllegalStateException("the direction " + e.label() + " is not in the residual stream");
            x[col] += e.amount();
        }
        return x;
    }

    /** {@code tokens:BOS}: the token direction only the BOS position has. */
    static BasisDirection bos(CompiledModel model) {
        int id = model.tokenOrder().indexOf(StrValue.of(model.program().settings().bos()));
        return model.residual().get(model.embedding().tokenColumns()[id]);
    }
}
