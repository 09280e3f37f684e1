package org.raspworkbench.core.craft;

/** A ReLU MLP: {@code second(relu(first(x)))}; the hidden space is {@code first.output()}. */
public record Mlp(Linear first, Linear second) implements CraftBlock {
}
