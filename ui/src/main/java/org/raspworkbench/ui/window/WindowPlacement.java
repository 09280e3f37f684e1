package org.raspworkbench.ui.window;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Decides where the main window opens, given where it was (if anywhere) and the screens' usable
 * areas: the first time, 80% of the primary screen, centred; afterwards the saved bounds, moved
 * and if need be shrunk onto the screen they overlap most (or the primary one, when a monitor
 * was unplugged), so that the title bar can always be reached.
 */
public final class WindowPlacement {
    /** Share of the screen's width and height a first window takes. */
    static final double FIRST_SHARE = 0.8;
    /** The window never opens smaller than this (the layout needs it), screen permitting. */
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 560;
    /** How much of the window must lie on a screen for that screen to count as the window's. */
    private static final double VISIBLE = 64;

    private WindowPlacement() {
    }

    /** {@code screens} are usable areas (without task bars); the first is the primary screen. */
    public static WindowGeometry place(Optional<WindowGeometry> saved, List<Rectangle2D> screens) {
        Rectangle2D primary = screens.isEmpty() ? new Rectangle2D(0, 0, 1280, 800) : screens.get(0);
        if (saved.isEmpty()) return firstStart(primary);
        WindowGeometry g = saved.get();
        Rectangle2D screen = screens.stream()
                .filter(s -> overlap(s, g.bounds()) >= VISIBLE * VISIBLE)
                .max(Comparator.comparingDouble(s -> overlap(s, g.bounds())))
                .orElse(primary);
        return g.withBounds(clamp(g.bounds(), screen));
    }

    static WindowGeometry firstStart(Rectangle2D screen) {
        double w = Math.min(screen.getWidth(), Math.max(MIN_WIDTH, Math.round(screen.getWidth() * FIRST_SHARE)));
        double h = Math.min(screen.getHeight(), Math.max(MIN_HEIGHT, Math.round(screen.getHeight() * FIRST_SHARE)));
        double x = screen.getMinX() + Math.round((screen.getWidth() - w) / 2);
        double y = screen.getMinY() + Math.round((screen.getHeight() - h) / 2);
        return new WindowGeometry(x, y, w, h, false);
    }

    /** {@code b} made to fit inside {@code screen}: shrunk if larger, then moved in. */
    static Rectangle2D clamp(Rectangle2D b, Rectangle2D screen) {
        double w = Math.min(b.getWidth(), screen.getWidth());
        double h = Math.min(b.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(b.getMinX(), screen.getMaxX() - w));
        double y = Math.max(screen.getMinY(), Math.min(b.getMinY(), screen.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w <= 0 || h <= 0 ? 0 : w * h;
    }
}
