package org.raspworkbench.ui.figures;

/**
 * Where cell rectangles go: a Java2D graphics for exports, a screen canvas for the IDE. The
 * rectangle and its colour are worked out once, by {@link GridPainter}; only the filling differs.
 */
@FunctionalInterface
public interface CellFill {
    /** Fills {@code w x h} at {@code (x, y)} with {@code rgb} (0xRRGGBB). */
    void fill(double x, double y, double w, double h, int rgb);

    /** Draws whatever the fill held back (a screen canvas joins runs of one colour); called after the last cell. */
    default void flush() {
    }
}
