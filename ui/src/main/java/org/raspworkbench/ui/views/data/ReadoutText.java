package org.raspworkbench.ui.views.data;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.raspworkbench.core.model.Readout;
import org.raspworkbench.core.model.ResidualReadout;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.Value;

/**
 * How the views print what the model reads off an S-op's directions: the argmax exactly as the
 * model takes it, and a tie spelled out, so that an ambiguous residual never looks like a clean
 * value (nor like an empty one).
 */
public final class ReadoutText {
    /** Shown for an S-op whose directions are all zero (nothing written yet), or that has none. */
    public static final String NOTHING_ON = "\u2205";
    /** How many tied values a cell lists before it only counts the rest. */
    static final int LISTED_TIES = 4;

    private ReadoutText() {
    }

    /**
     * {@code 3}; {@code 0 (tie: 0, 1)} when the argmax is chosen among equal components;
     * {@code ∅ (argmax 0)} when every direction is zero; a numerical value as a residual number.
     */
    public static String full(Optional<Readout> readout) {
        if (readout.isEmpty()) return NOTHING_ON;
        Readout r = readout.get();
        String value = value(r.value());
        if (!r.isTie()) return value;
        if (nothingWritten(r)) return NOTHING_ON + " (argmax " + value + ")";
        return value + " (tie: " + list(r.tied()) + ")";
    }

    /** For narrow cells: as {@link #full} but an all-zero readout is just {@code ∅}. */
    public static String compact(Optional<Readout> readout) {
        if (readout.isPresent() && readout.get().isTie() && nothingWritten(readout.get())) return NOTHING_ON;
        return full(readout);
    }

    /** A sentence for a tooltip: the argmax, what it tied with and at what level. */
    public static String explain(Optional<Readout> readout) {
        if (readout.isEmpty()) return "no directions to read";
        Readout r = readout.get();
        String value = value(r.value());
        if (!r.isTie()) return "the model reads " + value + " (component " + ValueText.number(r.top()) + ")";
        if (nothingWritten(r)) {
            return "nothing written: all " + r.tied().size() + " directions are 0; the model's argmax takes the first, "
                    + value;
        }
        return "tie at " + ValueText.number(r.top()) + " between " + r.tied().size() + " values (" + list(r.tied())
                + "); the model's argmax takes the first direction in column order, " + value;
    }

    private static boolean nothingWritten(Readout r) {
        return Math.abs(r.top()) <= ResidualReadout.TIE_TOLERANCE;
    }

    private static String value(Value v) {
        return v instanceof FloatValue f ? ValueText.number(f.value()) : v.str();
    }

    private static String list(List<Value> values) {
        StringJoiner j = new StringJoiner(", ");
        int shown = values.size() <= LISTED_TIES ? values.size() : LISTED_TIES - 1;
        for (int i = 0; i < shown; i++) j.add(value(values.get(i)));
        if (shown < values.size()) j.add("\u2026 " + values.size() + " values");
        return j.toString();
    }
}
