package org.raspworkbench.core.evaluation;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.raspworkbench.core.fuzz.ProgramSpec;
import org.raspworkbench.core.fuzz.ProgramSpecs;
import org.raspworkbench.core.fuzz.SpecToSource;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.program.RunResult;

/**
 * Random well-formed programs (the fuzzers' generator, a quarter of them causal): the memoized
 * evaluator agrees with {@link Evaluator} on every input up to a small length and on random longer
 * ones, returning false on exactly those where the evaluator reports a failure.
 */
class MemoizedEvaluatorFuzzTest {
    @Provide
    Arbitrary<ProgramSpec> programs() {
        return ProgramSpecs.programs();
    }

    @Property(seed = "20261202")
    void agreesWithTheEvaluator(@ForAll("programs") ProgramSpec spec) {
        RunResult r = ProgramRunner.run(SpecToSource.render(spec));
        if (r.program().isEmpty()) {
            Statistics.label("outcome").collect("did not run");
            return;
        }
        MemoAgreement a = new MemoAgreement(r.program().get());
        a.checkAll(MemoAgreement.inputs(r.program().get(), 300, spec.hashCode()));
        Statistics.label("outcome").collect(a.diagnosed == 0 ? "all clean" : a.agreed == 0 ? "all diagnosed" : "some diagnosed");
    }
}
