package org.raspworkbench.ui.state;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** How a compiled model's layers divide the program's S-ops: what the debugger needs to know. */
public record ModelLayout(int layers, List<SubLayerSops> subLayers) {
    public static final ModelLayout EMPTY = new ModelLayout(0, List.of());

    public ModelLayout {
        subLayers = List.copyOf(subLayers);
    }

    /**
     * The sub-layer that completes the S-op called {@code name}, if the model computes it: the last
     * one that works on it (a selector width's attention is finished by the MLP after it).
     */
    public OptionalInt subLayerOf(String name) {
        return subLayers.stream().filter(s -> s.sopNames().contains(name)).mapToInt(SubLayerSops::index).max();
    }

    public Optional<SubLayerSops> subLayer(int index) {
        return subLayers.stream().filter(s -> s.index() == index).findFirst();
    }
}
