package org.raspworkbench.ui.views.circuits;

import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/**
 * A chart's image strips ({@link ChartImages}) stacked without gaps at the chart's natural size.
 * Strips scrolled out of view are culled by the scene graph, so only what is on screen is drawn.
 */
public final class ChartStrips extends VBox {
    private List<Image> images = List.of();

    /** Shows {@code strips}, drawn at {@code scale} pixels per unit, at the chart's natural size. */
    public void show(List<Image> strips, double scale) {
        images = List.copyOf(strips);
        getChildren().setAll(strips.stream().map(image -> {
            ImageView view = new ImageView(image);
            view.setFitWidth(image.getWidth() / scale);
            view.setFitHeight(image.getHeight() / scale);
            return view;
        }).toList());
    }

    public void clear() {
        images = List.of();
        getChildren().clear();
    }

    /** The strips shown, top to bottom; empty while there is no chart (or it is still being drawn). */
    public List<Image> images() {
        return images;
    }
}
