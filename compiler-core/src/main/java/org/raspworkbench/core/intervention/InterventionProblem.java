package org.raspworkbench.core.intervention;

/**
 * Why an intervention was not applied, or applied only in part, in the user's terms.
 *
 * @param kind {@link Kind#MISSING}: its component is not in the model (after a recompilation);
 *             {@link Kind#INVALID}: it cannot be applied as asked (not applied); {@link
 *             Kind#PARTIAL}: applied, but not at every row asked for
 */
public record InterventionProblem(Intervention intervention, Kind kind, String message) {
    public enum Kind {
        MISSING, INVALID, PARTIAL;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether the intervention was left out of the run. */
    public boolean dropped() {
        return kind != Kind.PARTIAL;
    }
}
