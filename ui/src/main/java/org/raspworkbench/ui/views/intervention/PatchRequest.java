package org.raspworkbench.ui.views.intervention;

import java.util.List;
import org.raspworkbench.ui.state.CompileOutcome;
import org.raspworkbench.ui.state.RunOutcome;

/**
 * One patched run to compute, taken on the FX thread from what is on screen: the shown
 * compilation, its clean run, the corrupted input's text and the interventions (enabled or not:
 * the disabled ones are still re-resolved against the model, to say whether they still apply).
 */
public record PatchRequest(CompileOutcome compiled, RunOutcome clean, String corruptedText,
                           List<InterventionEntry> entries) {
    public PatchRequest {
        entries = List.copyOf(entries);
    }
}
