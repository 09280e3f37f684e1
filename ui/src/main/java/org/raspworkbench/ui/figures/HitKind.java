package org.raspworkbench.ui.figures;

/** What part of a figure lies under a point. */
public enum HitKind {
    /** A coloured cell: row, column, panel and value are known. */
    CELL,
    /** A row label on the left (a residual direction or a query token). */
    ROW_LABEL,
    /** A column label under a panel (a position's token or a key token). */
    COLUMN_LABEL
}
