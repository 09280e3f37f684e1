package org.raspworkbench.core.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.evaluation.Evaluator;
import org.raspworkbench.core.model.BatchedForwardPass;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.Value;

/** Skipping the reads the margins already settle finds the same first divergence as reading everything. */
class DivergenceLocatorTest {
    /** Tracr's non-unique sort at n = 16: target_pos goes wrong on most long inputs. */
    private static final String SORT = org.raspworkbench.core.testsupport.SortProgram.at(16);

    @Test
    void marginsGiveTheSameDivergenceAsDecodingEverySOp() {
        CompiledModel model = Compiler.compile(SORT).model().orElseThrow();
        List<SOpSite> sites = SOpSite.of(model);
        MarginTracker margins = new MarginTracker(sites);
        ValueAgreement agreement = new ValueAgreement(VerificationOptions.DEFAULT_TOLERANCE);
        Random r = new Random(2);
        List<List<Value>> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            List<Value> in = new ArrayList<>();
            int length = 1 + r.nextInt(16);
            for (int p = 0; p < length; p++) in.add(IntValue.of(1 + r.nextInt(16)));
            batch.add(in);
        }
        int found = 0;
        for (List<Value> in : batch) {
            double[][] x = BatchedForwardPass.run(model, List.of(in))[0];
            Evaluation ev = Evaluator.evaluate(model.program(), in);
            margins.add(in, x, ev);
            Optional<Divergence> all = DivergenceLocator.locate(sites, x, ev, agreement);
            assertThat(DivergenceLocator.locate(sites, x, ev, agreement, margins.lastInput())).isEqualTo(all);
            if (all.isPresent()) found++;
        }
        assertThat(found).as("inputs that diverge somewhere").isGreaterThan(10);
    }
}
