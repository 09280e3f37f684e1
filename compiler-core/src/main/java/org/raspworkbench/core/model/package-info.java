/**
 * The compiled transformer: Tracr's residual space and configuration, the layer allocation, the
 * compact per-block weights (which the forward pass runs and the export reads), and the forward
 * pass that runs {@code [BOS] + input} and records every residual snapshot and attention
 * pattern; for verification, the batched pass ({@link
 * org.raspworkbench.core.model.BatchedForwardPass}) and the interned pass ({@link
 * org.raspworkbench.core.model.InternedForwardPass}), which give the same bits on many inputs at
 * once, the second computing each block once per distinct content of what it reads. Takes the
 * layer allocation of craft blocks; produces a {@link
 * org.raspworkbench.core.model.CompiledModel} and, per input, a {@link
 * org.raspworkbench.core.model.ForwardTrace}.
 */
package org.raspworkbench.core.model;
