/**
 * The compiled transformer: Tracr's residual space and configuration, the layer allocation, the
 * compact per-block weights (which the forward pass runs and the export reads), and the forward
 * pass that runs {@code [BOS] + input} and records every residual snapshot and attention
 * pattern. Takes the layer allocation of craft blocks; produces a {@link
 * org.raspworkbench.core.model.CompiledModel} and, per input, a {@link
 * org.raspworkbench.core.model.ForwardTrace}.
 */
package org.raspworkbench.core.model;
