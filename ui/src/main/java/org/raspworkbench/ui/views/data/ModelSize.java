package org.raspworkbench.ui.views.data;

/** The size of a compiled model as Tracr's config states it, plus its parameter count. */
public record ModelSize(int residualWidth, int layers, int heads, int keySize, int mlpHidden, long parameters) {
}
