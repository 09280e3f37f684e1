package org.raspworkbench.ui.views.intervention;

import java.util.Optional;
import org.raspworkbench.core.intervention.SweepResult;
import org.raspworkbench.ui.state.CompileOutcome;
import org.raspworkbench.ui.state.RunOutcome;

/**
 * A "patch every component" sweep of one clean run, from the corrupted input of the moment; or,
 * when it could not run, why ({@code message}, in the user's terms).
 */
public record SweepOutcome(CompileOutcome compiled, RunOutcome clean, Optional<SweepResult> result, String message) {
    public static SweepOutcome failed(CompileOutcome compiled, RunOutcome clean, String message) {
        return new SweepOutcome(compiled, clean, Optional.empty(), message);
    }
}
