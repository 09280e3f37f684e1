package org.raspworkbench.ui.window;

import javafx.geometry.Rectangle2D;

/**
 * Where the main window was: its normal (not maximised) bounds in screen coordinates, and whether
 * it was maximised over them. The bounds are kept while maximised so that un-maximising after a
 * restart goes back to them.
 */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    public WindowGeometry {
        if (!(width > 0) || !(height > 0)) throw new IllegalArgumentException("empty window " + width + "x" + height);
    }

    public Rectangle2D bounds() {
        return new Rectangle2D(x, y, width, height);
    }

    public WindowGeometry withBounds(Rectangle2D b) {
        return new WindowGeometry(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), maximized);
    }

    public WindowGeometry withMaximized(boolean now) {
        return new WindowGeometry(x, y, width, height, now);
    }
}
