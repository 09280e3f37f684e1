/**
 * Verification: runs a compiled model and the RASP evaluator on every input of a range of lengths
 * (or a seeded sample with boundary cases when there are too many) and reports where they
 * disagree, where inside the model each disagreement starts (the first S-op whose residual
 * subspace decodes to something else than the program's value), why (a {@link
 * org.raspworkbench.core.verification.CauseKind}), which setting fixes it (found by recompiling and
 * verifying again), and how close every S-op comes to decoding wrongly. Inputs are checked in
 * batches, sharing work between inputs (docs/decisions/0100), on one checker per core that each
 * take the next batch when done, their results (counts per cause, first examples) taken in in the
 * plan's order; the checkers beyond the first start once the JIT compiler is about idle
 * (decisions 0102, 0103). Takes a
 * {@link org.raspworkbench.core.model.CompiledModel} and {@link
 * org.raspworkbench.core.verification.VerificationOptions}; produces a {@link
 * org.raspworkbench.core.verification.VerificationReport}.
 */
package org.raspworkbench.core.verification;
