package org.raspworkbench.core.export;

/** One entry of an {@code .npz} file: a state-dict key and its array. */
public record NamedArray(String key, NdArray array) {
}
