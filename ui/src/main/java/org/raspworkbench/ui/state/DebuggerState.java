package org.raspworkbench.ui.state;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.raspworkbench.ui.views.data.Snapshot;

/**
 * Where the debugger stands in the forward pass. Snapshot 0 is the embeddings; snapshot
 * {@code 2L + 1} is the residual stream after layer L's attention and {@code 2L + 2} after its MLP,
 * so a model with {@code n} layers has snapshots {@code 0..2n}. Sub-layer {@code k} (attention of
 * layer {@code k / 2} when k is even, its MLP when odd) turns snapshot k into snapshot k + 1.
 * Breakpoints are the editor lines (1-based) whose S-ops the user wants to stop at.
 */
public final class DebuggerState {
    private final IntegerProperty snapshot = new SimpleIntegerProperty(0);
    private final ReadOnlyIntegerWrapper lastSnapshot = new ReadOnlyIntegerWrapper(0);
    private final ObservableSet<Integer> breakpointLines = FXCollections.observableSet();

    public IntegerProperty snapshotProperty() {
        return snapshot;
    }

    public int snapshot() {
        return snapshot.get();
    }

    /** Moves to {@code index}, clamped to the snapshots the model has. */
    public void moveTo(int index) {
        snapshot.set(Math.max(0, Math.min(index, lastSnapshot.get())));
    }

    public ReadOnlyIntegerProperty lastSnapshotProperty() {
        return lastSnapshot.getReadOnlyProperty();
    }

    public int lastSnapshot() {
        return lastSnapshot.get();
    }

    /** Called when a model with {@code layers} layers comes on screen; keeps the position if it still exists. */
    void resizeFor(int layers) {
        lastSnapshot.set(2 * Math.max(0, layers));
        moveTo(snapshot.get());
    }

    /** Another document: back to the embeddings, with no model and no breakpoints. */
    void reset() {
        lastSnapshot.set(0);
        snapshot.set(0);
        breakpointLines.clear();
    }

    public ObservableSet<Integer> breakpointLines() {
        return breakpointLines;
    }

    public void toggleBreakpoint(int line) {
        if (!breakpointLines.remove(line)) breakpointLines.add(line);
    }

    /** The sub-layer that produced the current snapshot, or -1 at the embeddings. */
    public int currentSubLayer() {
        return snapshot.get() - 1;
    }

    /** The layer whose sub-layer produced {@code snapshot}; the embeddings go with layer 0. */
    public static int layerOf(int snapshot) {
        return snapshot <= 0 ? 0 : new Snapshot(snapshot).producedBy().orElseThrow().layer();
    }

    /** A human label for a snapshot: "embeddings", "after attn 0", "after mlp 0", ... */
    public static String describe(int snapshot) {
        if (snapshot <= 0) return "embeddings";
        return "after " + new Snapshot(snapshot).shortLabel();
    }
}
