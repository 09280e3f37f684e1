package org.raspworkbench.ui.views.attention;

import java.util.function.Consumer;
import javafx.scene.layout.StackPane;
import org.raspworkbench.ui.figures.AttentionPattern;
import org.raspworkbench.ui.views.canvas.ScrollingFigure;

/**
 * One head's pattern in a frame that shows selection and the current step. The pattern takes its
 * natural size up to {@link #MAX_SIDE} pixels a side and scrolls (or zooms) beyond that, so a long
 * input's pattern never becomes one canvas of its full size.
 */
final class HeadCard extends StackPane {
    static final double MAX_SIDE = 560;
    private final HeadPattern head;
    private final AttentionPattern figure;
    private final ScrollingFigure drawing = new ScrollingFigure();

    HeadCard(HeadPattern head, AttentionPattern figure, AttentionViewModel viewModel, Consumer<String> status) {
        this.head = head;
        this.figure = figure;
        getStyleClass().add("head-card");
        setId("head-" + head.layer() + "-" + head.head());
        drawing.figureProperty().set(figure);
        drawing.setMaxSize(MAX_SIDE, MAX_SIDE);
        drawing.setPrefSize(Math.min(MAX_SIDE, drawing.naturalWidth()), Math.min(MAX_SIDE, drawing.naturalHeight()));
        drawing.setMinSize(Math.min(MAX_SIDE, drawing.naturalWidth()), Math.min(MAX_SIDE, drawing.naturalHeight()));
        getChildren().add(drawing);
        drawing.canvas().setOnMouseMoved(e -> status.accept(drawing.hit(e.getX(), e.getY())
                .map(h -> AttentionViewModel.describe(head, h)).orElse(head.title())));
        drawing.canvas().setOnMouseExited(e -> status.accept(""));
        setOnMouseClicked(e -> viewModel.select(head));
    }

    HeadPattern head() {
        return head;
    }

    AttentionPattern figure() {
        return figure;
    }

    ScrollingFigure drawing() {
        return drawing;
    }
}
