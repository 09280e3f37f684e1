package org.raspworkbench.ui.window;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A short note over the bottom of the main window that says where an export went, gone after a few
 * seconds or on a click. A popup owned by the window: it takes no focus and changes nothing of the
 * window.
 */
final class ExportToast {
    static final Duration SHOWN = Duration.seconds(6);
    private static final String CSS = ExportToast.class.getResource("export-toast.css").toExternalForm();

    private ExportToast() {
    }

    static Popup show(Window owner, String text) {
        Label label = new Label(text);
        label.setId("export-toast");
        label.setWrapText(true);
        label.setMaxWidth(Math.max(240, owner.getWidth() * 0.6));
        StackPane box = new StackPane(label);
        box.getStyleClass().add("export-toast");
        box.getStylesheets().add(CSS);
        Popup popup = new Popup();
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        box.setOnMouseClicked(e -> popup.hide());
        popup.show(owner);
        // Placed once its size is known: centred, a little above the window's bottom edge.
        popup.setX(owner.getX() + (owner.getWidth() - popup.getWidth()) / 2);
        popup.setY(owner.getY() + owner.getHeight() - popup.getHeight() - 56);
        PauseTransition later = new PauseTransition(SHOWN);
        later.setOnFinished(e -> popup.hide());
        later.play();
        return popup;
    }
}
