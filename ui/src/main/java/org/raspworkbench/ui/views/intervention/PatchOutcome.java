package org.raspworkbench.ui.views.intervention;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.ui.state.CompileOutcome;
import org.raspworkbench.ui.state.RunOutcome;
import org.raspworkbench.ui.views.data.TraceDigest;

/**
 * What the interventions did to one clean run: the corrupted run beside it, the patched run in
 * core's and in view terms (empty when no intervention is on or none applies), the marks the views draw, the
 * entries as re-resolved against the model (those whose component is gone say so), and the
 * effect on the output in words. {@code error} is a failure of ours, already logged.
 */
public record PatchOutcome(CompileOutcome compiled, RunOutcome clean, CorruptedRun corrupted,
                           Optional<ForwardTrace> patchedTrace, Optional<TraceDigest> patched, PatchMarks marks, List<InterventionEntry> entries,
                           String effect, Optional<String> error) {
    public PatchOutcome {
        entries = List.copyOf(entries);
    }

    public boolean isPatched() {
        return patched.isPresent();
    }
}
