package org.raspworkbench.core.intervention;

import java.util.List;
import org.raspworkbench.core.model.ForwardTrace;

/**
 * A forward pass with interventions applied.
 *
 * @param trace      the patched run as a full trace (the views show it as they show any run); its
 *                   {@code evaluated} and {@code evaluation} are the program's on the input, with the
 *                   written values put in where values were written into an S-op's subspace
 * @param applied    the interventions applied, in order, with their components as located in this
 *                   model; empty when nothing was applied ({@code trace} is then the clean run)
 * @param problems   the interventions not applied (missing, invalid) or applied only in part
 * @param comparison what changed against the clean run
 * @param resumedAt  the first snapshot that was computed again (snapshots before it are the clean
 *                   run's); the snapshot count when nothing was
 */
public record PatchedRun(ForwardTrace trace, List<Intervention> applied, List<InterventionProblem> problems,
                         RunComparison comparison, int resumedAt) {
    public PatchedRun {
        applied = List.copyOf(applied);
        problems = List.copyOf(problems);
    }

    /** Whether any intervention was applied: the views mark the run as patched. */
    public boolean patched() {
        return !applied.isEmpty();
    }
}
