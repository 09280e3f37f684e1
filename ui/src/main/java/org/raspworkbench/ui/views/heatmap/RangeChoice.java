package org.raspworkbench.ui.views.heatmap;

/** Which values the colour range spans. */
public enum RangeChoice {
    /** Fits every snapshot of the pass: a colour means the same at every step. */
    ALL_SNAPSHOTS("fit all snapshots"),
    /** Fits the snapshot shown, for the most contrast. */
    THIS_SNAPSHOT("fit this snapshot"),
    /** 0..1 on a sequential map, -1..1 on a diverging one: one-hot values at full colour. */
    UNIT("unit range");

    private final String label;

    RangeChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
