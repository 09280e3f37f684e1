package org.raspworkbench.ui.views;

import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * The views' stylesheet. Its colours are AtlantaFX's looked-up colours, so the views follow the
 * IDE's light or dark theme.
 */
public final class ViewStyles {
    public static final String STYLESHEET = ViewStyles.class.getResource("views.css").toExternalForm();

    private ViewStyles() {
    }

    /** Adds or removes a state class such as {@code selected}; CSS decides how it looks. */
    public static void mark(Node node, String styleClass, boolean on) {
        boolean has = node.getStyleClass().contains(styleClass);
        if (on && !has) node.getStyleClass().add(styleClass);
        if (!on && has) node.getStyleClass().remove(styleClass);
    }

    public static void apply(Parent root, String styleClass) {
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().addAll("rw-view", styleClass);
    }
}
