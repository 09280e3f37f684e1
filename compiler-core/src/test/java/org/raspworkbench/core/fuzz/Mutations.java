package org.raspworkbench.core.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik's generator of {@link Mutation}s: each kind equally likely, positions anywhere. */
public final class Mutations {
    private Mutations() {
    }

    public static Arbitrary<Mutation> mutations() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 100_000);
        Arbitrary<Integer> span = Arbitraries.integers().between(1, 12);
        // mostly the characters programs are made of, sometimes anything at all
        Arbitrary<String> syntax = Arbitraries.strings().withChars(" \t\n\r{}()[];:=,.#\"'\\+-*/%<>!&|~@$`_")
                .alpha().numeric().ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> any = Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> inserted = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, syntax), net.jqwik.api.Tuple.of(1, any));
        return Arbitraries.oneOf(
                Combinators.combine(at, span).as(Mutation.DeleteChars::new),
                Combinators.combine(at, span).as(Mutation.DuplicateChars::new),
                Combinators.combine(at, at).as(Mutation.SwapChars::new),
                Combinators.combine(at, inserted).as(Mutation.Insert::new),
                at.map(Mutation.Truncate::new),
                at.map(Mutation.DeleteToken::new),
                at.map(Mutation.DuplicateToken::new),
                Combinators.combine(at, at).as(Mutation.SwapTokens::new),
                Combinators.combine(at, at).as(Mutation.ReplaceNumber::new));
    }
}
