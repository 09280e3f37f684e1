/**
 * Export of a compiled model for Python: takes a {@code CompiledModel} and produces a
 * TransformerLens state dict streamed row by row from its compact circuits
 * ({@link org.raspworkbench.core.export.CircuitsToStateDict}) into a compressed {@code weights.npz}
 * (numpy's own format, written and read here), with {@code config.json}, {@code vocab.json} and a
 * {@code README.md} (and on request {@code ground_truth.json}: what each head, MLP and residual
 * direction implements, {@link org.raspworkbench.core.export.GroundTruthJson}), all staged in
 * temporary files and renamed into place together. The numpy
 * readers stay here because the app's export tests read archives through them too; the plain-array
 * forward pass with TransformerLens's semantics, which checks exported arrays against the
 * compiler's own forward pass, is test code ({@code TransformerLensForward} in the test sources).
 */
package org.raspworkbench.core.export;
