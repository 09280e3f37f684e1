package org.raspworkbench.ui.views.graph;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.raspworkbench.ui.views.ViewStyles;

/** Zoom out, the zoom level, zoom in, fit the whole graph, 100%, layer lanes; and how to zoom with the wheel. */
final class GraphToolbar {
    private GraphToolbar() {
    }

    static FlowPane of(GraphViewport viewport, BooleanProperty inLanes) {
        Button out = button("graph-zoom-out", Feather.ZOOM_OUT, null, "Zoom out");
        out.setOnAction(e -> viewport.zoomBy(1 / GraphViewport.ZOOM_STEP));
        Button in = button("graph-zoom-in", Feather.ZOOM_IN, null, "Zoom in");
        in.setOnAction(e -> viewport.zoomBy(GraphViewport.ZOOM_STEP));
        Label level = new Label();
        level.setId("graph-zoom-level");
        level.getStyleClass().add("graph-zoom-level");
        level.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(viewport.zoomProperty().get() * 100) + "%", viewport.zoomProperty()));
        Button fit = button("graph-fit", Feather.MAXIMIZE, "Fit", "Show the whole graph");
        fit.setOnAction(e -> viewport.fit());
        Button actual = button("graph-actual-size", null, "100%", "Draw the graph at its own size");
        actual.setOnAction(e -> viewport.actualSize());
        ToggleButton lanes = new ToggleButton("Layer lanes", new FontIcon(Feather.LAYERS));
        lanes.setId("graph-lanes");
        lanes.setTooltip(new Tooltip("Draw each sub-layer's S-ops in a lane of their own"));
        lanes.setFocusTraversable(false);
        lanes.selectedProperty().bindBidirectional(inLanes);
        Label hint = new Label("Ctrl + wheel zooms, drag pans; keys + - 0 F");
        hint.getStyleClass().add("graph-hint");
        FlowPane bar = ViewStyles.toolbar(out, level, in, fit, actual, lanes, hint);
        bar.getStyleClass().add("graph-toolbar");
        return bar;
    }

    private static Button button(String id, Feather icon, String text, String tip) {
        Button b = new Button(text);
        if (icon != null) b.setGraphic(new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.getStyleClass().add("graph-tool");
        return b;
    }
}
