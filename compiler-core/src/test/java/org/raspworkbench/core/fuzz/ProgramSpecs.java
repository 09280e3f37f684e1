package org.raspworkbench.core.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik's generator of {@link ProgramSpec}s: small vocabularies, max_seq_len 2..6, 1..8 steps. */
public final class ProgramSpecs {
    private ProgramSpecs() {
    }

    public static Arbitrary<ProgramSpec> programs() {
        Arbitrary<ProgramSpec.Step> step = Combinators.combine(
                Arbitraries.integers().between(0, SpecToSource.CHOICES.size() - 1),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 1)).as(ProgramSpec.Step::new);
        return Combinators.combine(
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(2, 4),
                Arbitraries.integers().between(2, 6),
                // a quarter causal; shrinks to not causal
                Arbitraries.integers().between(0, 3).map(i -> i == 3),
                Arbitraries.integers().between(0, 5).map(i -> i == 5),
                step.list().ofMinSize(1).ofMaxSize(8)).as(ProgramSpec::new);
    }
}
