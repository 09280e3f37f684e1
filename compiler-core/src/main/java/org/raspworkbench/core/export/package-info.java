/**
 * Export of a compiled model for Python: takes a {@code CompiledModel} and produces a
 * TransformerLens state dict streamed row by row from its compact circuits
 * ({@link org.raspworkbench.core.export.CircuitsToStateDict}) into a compressed {@code weights.npz}
 * (numpy's own format, written and read here), with {@code config.json}, {@code vocab.json} and a
 * {@code README.md}, all staged in temporary files and renamed into place together. It also holds a plain-array
 * forward pass with TransformerLens's semantics, which checks the exported arrays against the
 * compiler's own forward pass.
 */
package org.raspworkbench.core.export;
