package org.raspworkbench.core.craft;

/** A residual block in labelled spaces (Tracr's {@code craft/transformers.py}). */
public sealed interface CraftBlock permits Mlp, AttentionHead, SeriesWithResiduals {
}
