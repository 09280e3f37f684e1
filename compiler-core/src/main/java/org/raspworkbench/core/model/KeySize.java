package org.raspworkbench.core.model;

import java.util.List;
import java.util.Optional;

/**
 * The attention heads' width. Tracr at 9ce2b8c (the version the 3-SAT notebook pins) takes the
 * largest dimension of any head's query-key matrix; its assembly then writes each head's value
 * ({@code w_ov} output width) into that many columns, and fails with a numpy broadcast error when a
 * value is wider. For those programs only we widen it as later Tracr does (largest dimension of any
 * head's query-key or output-value matrix), and {@link #widenedFor} names the head that needed it.
 *
 * @param size       the key size the model uses
 * @param tracrSize  the key size Tracr 9ce2b8c computes
 * @param widenedFor the widest head whose value did not fit {@code tracrSize}, when one did not
 */
public record KeySize(int size, int tracrSize, Optional<HeadCircuit> widenedFor) {
    public static KeySize of(List<LayerCircuit> circuits) {
        int tracr = 0;
        int later = 0;
        boolean anyHead = false;
        for (LayerCircuit c : circuits) {
            for (HeadCircuit h : c.heads()) {
                anyHead = true;
                tracr = Math.max(tracr, Math.max(h.query().length, h.key().length));
                later = Math.max(later, Math.max(Math.max(h.query().length, h.key().length),
                        Math.max(h.value().length, h.output().length)));
            }
        }
        if (!anyHead) return new KeySize(1, 1, Optional.empty());
        HeadCircuit widest = null;
        for (LayerCircuit c : circuits) {
            for (HeadCircuit h : c.heads()) {
                if (h.output().length > tracr && (widest == null || h.output().length > widest.output().length)) {
                    widest = h;
                }
            }
        }
        if (widest == null) return new KeySize(tracr, tracr, Optional.empty());
        return new KeySize(later, tracr, Optional.of(widest));
    }
}
