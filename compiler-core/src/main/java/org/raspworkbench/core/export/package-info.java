/**
 * Export of a compiled model for Python: takes a {@code CompiledModel} and produces a
 * TransformerLens state dict ({@link org.raspworkbench.core.export.TransformerLensWeights}) written
 * as {@code weights.npz} (numpy's own format, written and read here without ND4J), with
 * {@code config.json}, {@code vocab.json} and a {@code README.md}. It also holds a plain-array
 * forward pass with TransformerLens's semantics, which checks the exported arrays against the
 * compiler's own forward pass.
 */
package org.raspworkbench.core.export;
