package org.raspworkbench.core.intervention;

import java.util.OptionalInt;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.SnapshotNumbering;
import org.raspworkbench.core.rasp.SOp;

/**
 * A component of the compiled model an intervention acts on. Each names what it is in the
 * program's terms (the S-op a head or MLP computes), which is how {@link InterventionsToModel}
 * finds it again in a recompiled model; layer and head are where it was in the model it was made
 * for.
 */
public sealed interface InterventionTarget {
    /** How the IDE and the JSON name it, e.g. {@code L1.H0 averaged}, {@code L2 MLP either}. */
    String label();

    /**
     * One attention head: what it adds to the residual (its output columns, every row).
     *
     * @param sop the name of the S-op the head computes
     */
    record Head(int layer, int head, String sop) implements InterventionTarget {
        /**
         * Head {@code head} of {@code layer} in {@code model}.
         *
         * @throws IllegalArgumentException if the layer does not use that head (unused slots compute nothing)
         */
        public static Head of(CompiledModel model, int layer, int head) {
            if (layer < 0 || layer >= model.circuits().size() || head < 0
                    || head >= model.circuits().get(layer).heads().size()) {
                throw new IllegalArgumentException("layer " + layer + " uses no head " + head);
            }
            return new Head(layer, head, model.circuits().get(layer).heads().get(head).sop().name());
        }

        @Override
        public String label() {
            return "L" + layer + ".H" + head + " " + sop;
        }
    }

    /**
     * The part of a layer's MLP that computes one S-op (Tracr combines a layer's MLPs into one):
     * what that part adds to the residual.
     */
    record Mlp(int layer, String sop) implements InterventionTarget {
        public static Mlp of(int layer, SOp sop) {
            return new Mlp(layer, sop.name());
        }

        @Override
        public String label() {
            return "L" + layer + " MLP " + sop;
        }
    }

    /** A whole sub-layer: every head of a layer's attention, or the layer's whole MLP. */
    record SubLayer(int layer, BlockKind kind) implements InterventionTarget {
        @Override
        public String label() {
            return "L" + layer + " " + (kind == BlockKind.ATTENTION ? "attention" : "MLP");
        }
    }

    /**
     * The residual directions of one S-op, in the stream at {@code snapshot} ({@link
     * SnapshotNumbering}; what the sub-layers after it read), or, when empty, at the snapshot the
     * sub-layer that writes the S-op produces (0 for tokens and indices).
     */
    record SOpSubspace(String sop, OptionalInt snapshot) implements InterventionTarget {
        /** The S-op's subspace where it is written. */
        public static SOpSubspace of(SOp sop) {
            return new SOpSubspace(sop.name(), OptionalInt.empty());
        }

        /** The S-op's subspace in the stream at {@code snapshot}. */
        public static SOpSubspace at(SOp sop, int snapshot) {
            return new SOpSubspace(sop.name(), OptionalInt.of(snapshot));
        }

        @Override
        public String label() {
            return sop + (snapshot.isPresent() ? " @" + snapshot.getAsInt() : "");
        }
    }
}
