/**
 * Interventions on a compiled model's forward pass, in the program's own terms: ablate a head, an
 * S-op's MLP, a whole sub-layer or an S-op's residual subspace (zero it, set it to its mean over a
 * set of inputs, or replace it with its value on another input: activation patching), or write a
 * value into an S-op's subspace. Takes a {@link org.raspworkbench.core.model.CompiledModel}, the
 * clean {@link org.raspworkbench.core.model.ForwardTrace} and a list of {@link
 * org.raspworkbench.core.intervention.Intervention}s; produces a {@link
 * org.raspworkbench.core.intervention.PatchedRun} (a full trace of the patched run, the same type
 * every view shows, and its comparison with the clean run), a {@link
 * org.raspworkbench.core.intervention.SweepResult} (every component patched from a corrupted input
 * into the clean one, one at a time), after recompiling a {@link
 * org.raspworkbench.core.intervention.Resolution} of the list against the new model, and for each
 * component the {@link org.raspworkbench.core.intervention.HookPoint} that does the same in
 * TransformerLens on the exported model. A patched run reruns only the sub-layers from the first
 * one it changes, starting from the clean run's residual there; what it copies from other inputs is
 * captured once per model ({@link org.raspworkbench.core.intervention.CapturedRuns}). Decision 80.
 */
package org.raspworkbench.core.intervention;
