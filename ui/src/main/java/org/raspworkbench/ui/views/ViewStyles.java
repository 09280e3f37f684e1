package org.raspworkbench.ui.views;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

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

    /** A row of controls above a view that wraps rather than cutting labels short. */
    public static FlowPane toolbar(Node... items) {
        FlowPane bar = new FlowPane(items);
        bar.getStyleClass().add("view-toolbar");
        for (Node n : items) {
            if (n instanceof Label l) l.setMinWidth(Region.USE_PREF_SIZE);
        }
        return bar;
    }

    /** A caption and its control, kept together when a toolbar wraps. */
    public static HBox labelled(String caption, Node control) {
        Label label = new Label(caption);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox pair = new HBox(label, control);
        pair.getStyleClass().add("labelled-control");
        return pair;
    }

    public static void apply(Parent root, String styleClass) {
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().addAll("rw-view", styleClass);
    }
}
