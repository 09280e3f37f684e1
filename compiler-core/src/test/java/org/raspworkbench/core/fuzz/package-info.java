/**
 * Fuzzing (jqwik properties, fixed seeds): random well-formed RASP programs, described as a list
 * of {@link org.raspworkbench.core.fuzz.ProgramSpec.Step}s and rendered to {@code .rasp} text by
 * {@link org.raspworkbench.core.fuzz.SpecToSource}, are compiled and their models checked against
 * the evaluator; mutated sources ({@link org.raspworkbench.core.fuzz.Mutation}) are checked to
 * give diagnostics, never an exception. Decision 60 says what counts as "should agree".
 */
package org.raspworkbench.core.fuzz;
