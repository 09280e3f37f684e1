/**
 * Craft blocks: MLPs and attention heads on labelled vector spaces (Tracr's {@code craft}).
 *
 * <p>Takes one S-op with its inputs' residual spaces and value sets ({@link
 * org.raspworkbench.core.craft.BlockContext}) and produces the block that computes it ({@link
 * org.raspworkbench.core.craft.ExprToCraft}), exactly as Tracr's {@code expr_to_craft_graph} and
 * {@code craft/chamber} build it: categorical lookup MLPs ({@code CategoricalMlp}), discretising
 * numerical MLPs ({@code NumericalMlp}, {@code DiscretisingLayer}), the BOS-defaulting attention
 * head ({@code CategoricalAttention}) and selector width ({@code SelectorWidthBlock}). Bases are
 * kept sorted as Tracr keeps them; hidden-unit layouts and constants are Tracr's.
 */
package org.raspworkbench.core.craft;
