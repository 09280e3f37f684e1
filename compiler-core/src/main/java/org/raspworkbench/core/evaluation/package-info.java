/**
 * The RASP interpreter. Takes a {@link org.raspworkbench.core.rasp.RaspProgram} and an input (a list
 * of tokens); produces an {@link org.raspworkbench.core.evaluation.Evaluation}: the value of every
 * S-op and the matrix of every selector, exactly as Tracr's evaluator computes them (None
 * propagation, aggregate means, selector widths, composite selectors, the causal mask when the
 * program sets {@code causal}), and a diagnostic for each user function that failed.
 * {@link org.raspworkbench.core.evaluation.MemoizedEvaluator} takes one program and many inputs (as
 * vocabulary indices) and produces, per input, an id per S-op and position into tables of distinct
 * values, computed with the same rules ({@code NodeEvaluation}) and memoized across inputs.
 */
package org.raspworkbench.core.evaluation;
