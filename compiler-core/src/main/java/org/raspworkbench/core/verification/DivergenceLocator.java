package org.raspworkbench.core.verification;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.Value;

/**
 * Finds where a disagreement starts: reads every S-op's subspace (in the order the model writes
 * them) from the residual stream and compares it with the program's value; the first that differs
 * at some position where the program has a value is the divergence.
 */
final class DivergenceLocator {
    private DivergenceLocator() {
    }

    /** @param x the residual stream after the last layer, {@code [position][column]}, BOS at 0 */
    static Optional<Divergence> locate(List<SOpSite> sites, double[][] x, Evaluation evaluation,
                                       ValueAgreement agreement) {
        return locate(sites, x, evaluation, agreement, null);
    }

    /**
     * @param margins the input's decode margins per site and position ({@link MarginTracker#lastInput}),
     *                or null: where a categorical site's margin is above 0 its entry for the
     *                program's value beats every other, so it decodes to that value and is not read
     *                again
     */
    static Optional<Divergence> locate(List<SOpSite> sites, double[][] x, Evaluation evaluation,
                                       ValueAgreement agreement, double[][] margins) {
        return locate(sites, (i, p) -> sites.get(i).readout().decode(x[p + 1]), evaluation, agreement, margins);
    }

    /** What site i (in the order given) decodes to at position p (0 = the first token). */
    interface Decoder {
        Value decode(int site, int position);
    }

    static Optional<Divergence> locate(List<SOpSite> sites, Decoder x, Evaluation evaluation, ValueAgreement agreement,
                                       double[][] margins) {
        for (int i = 0; i < sites.size(); i++) {
            SOpSite site = sites.get(i);
            List<Value> expected = evaluation.valuesOf(site.sop());
            boolean known = margins != null && !site.readout().isNumerical();
            for (int p = 0; p < expected.size(); p++) {
                Value want = expected.get(p);
                if (want instanceof NoneValue) continue;
                if (known && margins[i][p] > 0) continue;
                Value got = x.decode(i, p);
                if (!agreement.agrees(got, want, site.readout().isNumerical())) {
                    return Optional.of(new Divergence(site.sop(), site.snapshot(), site.layer(), site.kind(), p, got,
                            want));
                }
            }
        }
        return Optional.empty();
    }
}
