package org.raspworkbench.ui.views;

import javafx.scene.Parent;

/**
 * The views' stylesheet. Its colours are AtlantaFX's looked-up colours, so the views follow the
 * IDE's light or dark theme.
 */
public final class ViewStyles {
    public static final String STYLESHEET = ViewStyles.class.getResource("views.css").toExternalForm();

    private ViewStyles() {
    }

    public static void apply(Parent root, String styleClass) {
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().addAll("rw-view", styleClass);
    }
}
