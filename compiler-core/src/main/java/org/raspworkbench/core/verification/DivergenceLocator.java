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
        for (SOpSite site : sites) {
            List<Value> expected = evaluation.valuesOf(site.sop());
            for (int p = 0; p < expected.size(); p++) {
                Value want = expected.get(p);
                if (want instanceof NoneValue) continue;
                Value got = site.readout().decode(x[p + 1]);
                if (!agreement.agrees(got, want, site.readout().isNumerical())) {
                    return Optional.of(new Divergence(site.sop(), site.snapshot(), site.layer(), site.kind(), p, got,
                            want));
                }
            }
        }
        return Optional.empty();
    }
}
