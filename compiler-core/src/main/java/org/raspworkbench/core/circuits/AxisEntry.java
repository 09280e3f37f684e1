package org.raspworkbench.core.circuits;

import java.util.Optional;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.value.Value;

/**
 * One row or column of a circuit grid: the residual vector {@code amount * direction} (plus the
 * {@code one} direction every position carries), and the label it is shown with. For a categorical
 * S-op the amount is 1 and the label Tracr's {@code name:value}; for a numerical S-op the direction
 * is its single one, the amount a value from its value set and the label {@code name=value}.
 *
 * @param value the S-op value the entry stands for; empty for {@code tokens:BOS}
 */
public record AxisEntry(String label, BasisDirection direction, double amount, Optional<Value> value) {
    static AxisEntry categorical(BasisDirection d) {
        return new AxisEntry(d.label(), d, 1, Optional.ofNullable(d.value()));
    }

    static AxisEntry numerical(BasisDirection d, Value v, double amount) {
        return new AxisEntry(d.name() + "=" + v.repr(), d, amount, Optional.of(v));
    }

    static AxisEntry bos(BasisDirection bos) {
        return new AxisEntry(bos.label(), bos, 1, Optional.empty());
    }
}
