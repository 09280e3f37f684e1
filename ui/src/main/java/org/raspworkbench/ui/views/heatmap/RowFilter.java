package org.raspworkbench.ui.views.heatmap;

import java.util.Locale;
import java.util.Set;

/**
 * Which residual rows the heatmap shows: groups whose S-op name contains {@code name} (ignoring
 * case; empty matches all), only the directions the current sub-layer wrote, only directions that
 * are non-zero ({@code |v| >= }{@link #NONZERO}) in the snapshot shown, and the groups drawn
 * collapsed to one row.
 */
public record RowFilter(String name, boolean onlyWritten, boolean onlyNonZero, Set<String> collapsed) {
    /** Below this a value is float noise, not a value the model holds. */
    public static final double NONZERO = 1e-6;
    public static final RowFilter NONE = new RowFilter("", false, false, Set.of());

    public RowFilter {
        name = name == null ? "" : name.trim();
        collapsed = Set.copyOf(collapsed);
    }

    boolean matchesName(String group) {
        return name.isEmpty() || group.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
    }
}
