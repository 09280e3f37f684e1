package org.raspworkbench.core.craft;

/** One attention head: query-key form and value-output map, optionally causal. */
public record AttentionHead(Bilinear qk, Linear ov, boolean causal) implements CraftBlock {
}
