package org.raspworkbench.core.verification;

import java.util.List;

/**
 * What a verification found.
 *
 * @param inputsChecked  inputs run through both model and program
 * @param agree          inputs where they agree at every compared position
 * @param disagree       inputs where they differ somewhere (all of them, not only those listed)
 * @param nonePositions  positions where the program gives None (not compared)
 * @param positionsCompared positions compared
 * @param counterexamples up to {@link #COUNTEREXAMPLE_CAP} of the disagreeing inputs, grouped by cause
 * @param causes         each cause at each S-op, most inputs first
 * @param margins        each S-op's smallest decode margin, smallest first
 * @param notes          sentences about the run (what was checked, evaluation failures, causal semantics)
 * @param cancelled      whether it was stopped before checking every planned input
 */
public record VerificationReport(InputPlan plan, long inputsChecked, long agree, long disagree, long nonePositions,
                                 long positionsCompared, List<Counterexample> counterexamples,
                                 List<CauseSummary> causes, List<Margin> margins, List<String> notes,
                                 boolean cancelled) {
    public static final int COUNTEREXAMPLE_CAP = 100;

    public VerificationReport {
        counterexamples = List.copyOf(counterexamples);
        causes = List.copyOf(causes);
        margins = List.copyOf(margins);
        notes = List.copyOf(notes);
    }

    public boolean agrees() {
        return disagree == 0;
    }
}
