package org.raspworkbench.core.craft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/** Residual streams for a sequence: position 0 holds BOS + one, the others one-hot S-op values + one. */
final class SeqFixture {
    private final List<Map<BasisDirection, Double>> positions = new ArrayList<>();

    SeqFixture(int length) {
        positions.add(CraftEval.oneHot(Fixtures.BOS, Fixtures.ONE));
        for (int p = 0; p < length; p++) positions.add(CraftEval.oneHot(Fixtures.ONE));
    }

    /** Writes the values of a categorical (one-hot) or numerical S-op at positions 1.. */
    SeqFixture put(SOp op, List<Value> values) {
        for (int p = 0; p < values.size(); p++) {
            Map<BasisDirection, Double> r = positions.get(p + 1);
            Value v = values.get(p);
            if (op.isNumerical()) r.merge(BasisDirection.of(op.name()), ((NumericValue) v).asDouble(), Double::sum);
            else r.merge(new BasisDirection(op.name(), v), 1.0, Double::sum);
        }
        return this;
    }

    List<Map<BasisDirection, Double>> residuals() {
        List<Map<BasisDirection, Double>> copy = new ArrayList<>();
        for (Map<BasisDirection, Double> r : positions) copy.add(new HashMap<>(r));
        return copy;
    }

    /** The value of a direction at every position (BOS first). */
    static double[] column(List<Map<BasisDirection, Double>> seq, BasisDirection d) {
        double[] out = new double[seq.size()];
        for (int p = 0; p < seq.size(); p++) out[p] = seq.get(p).getOrDefault(d, 0.0);
        return out;
    }
}
