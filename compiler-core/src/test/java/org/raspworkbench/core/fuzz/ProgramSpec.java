package org.raspworkbench.core.fuzz;

import java.util.List;

/**
 * A random program before it is text: its settings and the steps that each add one S-op or
 * selector. Every choice is a small int that {@link SpecToSource} reads modulo what is available,
 * so any list of steps renders to a well-formed program and jqwik can shrink one by dropping
 * steps and moving choices towards 0 (the simplest option: a map of the newest categorical S-op).
 *
 * @param vocabKind 0: ints 0..n-1, 1: ints 1..n, 2: the strings "a", "b", ...
 * @param vocabSize 2..4 tokens
 * @param maxSeqLen 2..6
 * @param causal    whether the program sets {@code causal True}
 * @param lowExactness whether it sets {@code mlp_exactness 10} (Tracr's default is 100)
 */
public record ProgramSpec(int vocabKind, int vocabSize, int maxSeqLen, boolean causal, boolean lowExactness,
                          List<Step> steps) {
    public ProgramSpec {
        steps = List.copyOf(steps);
    }

    /**
     * One primitive: {@code kind} picks which (see {@link SpecToSource#CHOICES}), {@code a} and {@code b}
     * pick its operands among the values made so far (counted from the newest), {@code fn} its
     * function or predicate and {@code spelling} how it is written (a lambda or an operator).
     */
    public record Step(int kind, int a, int b, int fn, int spelling) {
    }

    /** The program's text, so that jqwik's report of a (shrunk) failing sample is the program. */
    @Override
    public String toString() {
        return "\n" + SpecToSource.render(this);
    }
}
