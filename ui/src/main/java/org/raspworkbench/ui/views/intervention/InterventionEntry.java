package org.raspworkbench.ui.views.intervention;

import java.util.Optional;
import org.raspworkbench.core.intervention.Intervention;

/**
 * One row of the interventions list: its number (stable while it lives), the intervention (on or
 * off), and why it does not apply to the shown model as asked, if it does not.
 */
public record InterventionEntry(long id, Intervention intervention, Optional<String> problem) {
    public boolean enabled() {
        return intervention.enabled();
    }

    public String label() {
        return intervention.label();
    }

    public InterventionEntry withEnabled(boolean on) {
        return new InterventionEntry(id, intervention.withEnabled(on), problem);
    }

    public InterventionEntry withProblem(Optional<String> why) {
        return new InterventionEntry(id, intervention, why);
    }
}
