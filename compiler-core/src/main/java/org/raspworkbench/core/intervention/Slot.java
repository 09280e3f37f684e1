package org.raspworkbench.core.intervention;

import org.raspworkbench.core.model.SnapshotNumbering;
import org.raspworkbench.core.model.BlockKind;

/**
 * One activation a forward pass hook can read or set, per residual row: a head's output, an MLP
 * part's output, or some residual columns at one snapshot. A target covers one or more slots.
 */
sealed interface Slot {
    /** The first snapshot that changes when this slot does: where a patched run resumes. */
    int resumeAt();

    /** Head {@code head} of {@code layer}; {@code width} output columns. */
    record HeadOutput(int layer, int head, int width) implements Slot {
        @Override
        public int resumeAt() {
            return SnapshotNumbering.after(layer, BlockKind.ATTENTION) - 1;
        }
    }

    /** Part {@code part} of layer {@code layer}'s MLP; {@code width} output columns. */
    record MlpOutput(int layer, int part, int width) implements Slot {
        @Override
        public int resumeAt() {
            return SnapshotNumbering.after(layer, BlockKind.MLP) - 1;
        }
    }

    /** Residual {@code columns} of the stream at {@code snapshot}. */
    record Residual(int snapshot, int[] columns) implements Slot {
        @Override
        public int width() {
            return columns.length;
        }

        @Override
        public int resumeAt() {
            return snapshot;
        }
    }

    /** How many numbers the slot holds per row. */
    int width();
}
