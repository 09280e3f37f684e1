package org.raspworkbench.ui.views.intervention;

import org.raspworkbench.core.intervention.OutputEffect;

/** What a cell of the patching sweep shows of one patch's effect on the output at one position. */
public enum SweepMeasure {
    /** How far the patch moved the clean answer's output direction (the value, for a numerical output). */
    DELTA("change of the clean answer"),
    /** That change over the corrupted run's: 0 no effect, 1 as much as the whole corrupted input. */
    FRACTION("fraction of the corrupted run's effect"),
    /** 1 where the decoded output changed, 0 where it did not. */
    CHANGED("output changed (1) or not (0)");

    private final String label;

    SweepMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The cell's value; NaN (drawn as missing) where the measure is undefined. */
    public double of(OutputEffect e) {
        return switch (this) {
            case DELTA -> e.delta();
            case FRACTION -> e.fraction();
            case CHANGED -> e.changed() ? 1 : 0;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
