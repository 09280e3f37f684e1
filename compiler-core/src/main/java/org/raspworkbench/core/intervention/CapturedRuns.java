package org.raspworkbench.core.intervention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.value.Value;

/**
 * The activations patching and mean ablation copy from, captured once per model: a corrupted
 * input's clean run, or a mean over a set of inputs (256 forward passes; sort at n = 64 takes
 * seconds). They do not depend on the clean input, so runners of the same model can share one
 * (the IDE keeps one per compiled model while the user edits the clean input). Each kind keeps the
 * {@value #KEPT} most recently used: a capture holds every snapshot (sort at n = 64: about 20 MB),
 * and typing in the corrupted input field makes one per input. Thread-safe.
 */
public final class CapturedRuns {
    static final int KEPT = 4;

    private final CompiledModel model;
    private final Map<List<Value>, Activations> inputs = lru();
    private final Map<List<List<Value>>, Activations> means = lru();

    public CapturedRuns(CompiledModel model) {
        this.model = model;
    }

    public CompiledModel model() {
        return model;
    }

    /** The clean run of {@code input} (checked by the caller). */
    synchronized Activations of(List<Value> input) {
        return inputs.computeIfAbsent(input, in -> Activations.capture(model, in));
    }

    /** The mean over {@code set} (checked by the caller, not empty). */
    synchronized Activations meanOf(List<List<Value>> set) {
        return means.computeIfAbsent(set, s -> Activations.mean(model, s));
    }

    private static <K> Map<K, Activations> lru() {
        return new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Activations> eldest) {
                return size() > KEPT;
            }
        };
    }
}
