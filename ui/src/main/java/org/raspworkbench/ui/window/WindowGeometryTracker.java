package org.raspworkbench.ui.window;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.reactfx.EventStreams;
import org.reactfx.Subscription;

/**
 * Puts the main window where {@link WindowPlacement} says, then follows the user's moves, resizes
 * and (un)maximising and saves them a moment after they stop, and once more when the window
 * closes. While maximised (or iconified) the stage reports the screen's bounds, so the normal
 * bounds are only taken from a window in its normal state.
 */
public final class WindowGeometryTracker {
    static final Duration SAVE_PAUSE = Duration.ofMillis(500);
    private final Stage stage;
    private final WindowGeometryStore store;
    private WindowGeometry current;
    /** The normal bounds before the latest ones: maximising may report the new size before the flag. */
    private WindowGeometry previousNormal;
    private Subscription watching = Subscription.EMPTY;

    private WindowGeometryTracker(Stage stage, WindowGeometryStore store, WindowGeometry start) {
        this.stage = stage;
        this.store = store;
        this.current = start;
        this.previousNormal = start.withMaximized(false);
    }

    /** Places {@code stage} (before it is shown) and starts tracking it; call on the FX thread. */
    public static WindowGeometryTracker place(Stage stage, WindowGeometryStore store, Optional<WindowGeometry> saved,
                                              List<Rectangle2D> screens) {
        WindowGeometry g = WindowPlacement.place(saved, screens);
        apply(stage, g);
        // GTK with a window manager drops a size given before the window is mapped (the window came
        // up at its minimum size, 898x535 on a 1920x1080 screen): give it again once it is shown.
        EventHandler<WindowEvent> again = new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                apply(stage, g);
                // The window manager's first answer may still be on its way.
                Platform.runLater(() -> apply(stage, g));
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, again);
        WindowGeometryTracker tracker = new WindowGeometryTracker(stage, store, g);
        tracker.track();
        return tracker;
    }

    private static void apply(Stage stage, WindowGeometry g) {
        if (g.maximized() && stage.isMaximized()) return;
        stage.setX(g.x());
        stage.setY(g.y());
        stage.setWidth(g.width());
        stage.setHeight(g.height());
        stage.setMaximized(g.maximized());
    }

    private void track() {
        var changes = EventStreams.merge(EventStreams.invalidationsOf(stage.xProperty()),
                EventStreams.invalidationsOf(stage.yProperty()), EventStreams.invalidationsOf(stage.widthProperty()),
                EventStreams.invalidationsOf(stage.heightProperty()), EventStreams.invalidationsOf(stage.maximizedProperty()));
        Subscription follow = changes.subscribe(x -> follow());
        Subscription save = changes.successionEnds(SAVE_PAUSE).subscribe(x -> save());
        watching = follow.and(save);
    }

    private void follow() {
        if (stage.isIconified() || stage.isFullScreen()) return;
        if (stage.isMaximized()) {
            boolean tookMaximisedBounds = !current.maximized() && current.bounds().equals(stageBounds())
                    && javafx.stage.Screen.getScreens().stream().anyMatch(sc -> sc.getVisualBounds().equals(stageBounds()));
            current = (tookMaximisedBounds ? previousNormal : current).withMaximized(true);
        } else if (stage.getWidth() > 0 && stage.getHeight() > 0 && !Double.isNaN(stage.getX())) {
            WindowGeometry now = new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            if (!now.equals(current)) {
                if (!current.maximized()) previousNormal = current;
                current = now;
            }
        }
    }

    private Rectangle2D stageBounds() {
        return new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    /** What would be saved now. */
    public WindowGeometry current() {
        return current;
    }

    /** Saves the current geometry (on the file executor). */
    public java.util.concurrent.CompletableFuture<Void> save() {
        return store.save(current);
    }

    /** The window is closing: one last save, and no more tracking. */
    public java.util.concurrent.CompletableFuture<Void> stop() {
        watching.unsubscribe();
        return save();
    }
}
