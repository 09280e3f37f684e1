package org.raspworkbench.core.interpreter;


/**
 * How far a program may go before it ends with a {@code limit} error, so that no program hangs or
 * exhausts memory. Steps count statements, expressions and loop iterations.
 *
 * @param maxSteps          steps of the whole program run
 * @param maxFunctionSteps  steps of one call of a function by map, sequence_map or select
 * @param maxDepth          nested calls while the program runs
 * @param maxFunctionDepth  nested calls inside one such function call
 * @param maxNodes          S-ops and selectors a program may create
 */
public record Limits(long maxSteps, long maxFunctionSteps, int maxDepth, int maxFunctionDepth, int maxNodes) {
    public static final Limits DEFAULT = new Limits(5_000_000, 1_000_000, 1000, 200, 10_000);
}
