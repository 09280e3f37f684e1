package org.raspworkbench.ui.startup;

import java.util.function.BooleanSupplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import org.raspworkbench.ui.startup.StartupClock.Moment;

/**
 * Tells the clock when each start-up moment reaches the screen: it checks after every layout pulse
 * of the window's scene (the frame that is then drawn shows what was checked) and stops listening
 * once all three were seen. Checks are a few comparisons; nothing is drawn or computed here.
 */
public final class StartupProbe {
    private final Scene scene;
    private final StartupClock clock;
    private final BooleanSupplier textHighlighted;
    private final BooleanSupplier modelShown;
    private final Runnable onPulse = this::check;

    /**
     * {@code highlighted} is the text whose colours are on screen, {@code text} the editor's text;
     * {@code modelShown} says whether the views hold a compiled model and its run.
     */
    public StartupProbe(Scene scene, StartupClock clock, ObservableValue<String> highlighted,
                        ObservableValue<String> text, BooleanSupplier modelShown) {
        this.scene = scene;
        this.clock = clock;
        this.textHighlighted = () -> {
            String h = highlighted.getValue();
            return h != null && !h.isEmpty() && h.equals(text.getValue());
        };
        this.modelShown = modelShown;
    }

    public void start() {
        scene.addPostLayoutPulseListener(onPulse);
    }

    private void check() {
        if (scene.getWindow() != null && scene.getWindow().isShowing()) clock.mark(Moment.WINDOW);
        if (clock.has(Moment.WINDOW) && textHighlighted.getAsBoolean()) clock.mark(Moment.TEXT);
        if (clock.has(Moment.WINDOW) && modelShown.getAsBoolean()) clock.mark(Moment.MODEL);
        if (clock.has(Moment.WINDOW) && clock.has(Moment.TEXT) && clock.has(Moment.MODEL)) {
            scene.removePostLayoutPulseListener(onPulse);
        }
    }
}
