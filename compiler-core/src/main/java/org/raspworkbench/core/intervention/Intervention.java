package org.raspworkbench.core.intervention;

import java.util.List;
import org.raspworkbench.core.value.Value;

/**
 * One entry of the interventions panel: what it acts on, what it does, at which rows, and whether
 * it is switched on (a switched-off one stays in the list and is not applied).
 */
public record Intervention(InterventionTarget target, InterventionAction action, Positions positions,
                           boolean enabled) {
    /** An enabled intervention on every row. */
    public static Intervention of(InterventionTarget target, InterventionAction action) {
        return new Intervention(target, action, Positions.all(), true);
    }

    public static Intervention zero(InterventionTarget target) {
        return of(target, new InterventionAction.Zero());
    }

    public static Intervention patch(InterventionTarget target, List<Value> corrupted) {
        return of(target, new InterventionAction.ReplaceFrom(corrupted));
    }

    /** Writes {@code value} into the S-op's subspace where it is written, at the given rows. */
    public static Intervention write(InterventionTarget.SOpSubspace target, Value value, int... rows) {
        return new Intervention(target, new InterventionAction.WriteValue(value), Positions.rows(rows), true);
    }

    public Intervention withEnabled(boolean on) {
        return new Intervention(target, action, positions, on);
    }

    public Intervention withPositions(Positions p) {
        return new Intervention(target, action, p, enabled);
    }

    public Intervention withTarget(InterventionTarget t) {
        return new Intervention(t, action, positions, enabled);
    }

    /** E.g. {@code zero L1.H0 averaged at all}. */
    public String label() {
        return action.label() + " " + target.label() + " at " + positions.label();
    }
}
