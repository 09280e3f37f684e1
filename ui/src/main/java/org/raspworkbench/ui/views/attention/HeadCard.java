package org.raspworkbench.ui.views.attention;

import java.awt.Dimension;
import java.util.function.Consumer;
import javafx.scene.layout.StackPane;
import org.raspworkbench.ui.figures.AttentionPattern;
import org.raspworkbench.ui.figures.FigureRenderer;
import org.raspworkbench.ui.views.canvas.FigureCanvas;

/** One head's pattern at its natural size, in a frame that shows selection and the current step. */
final class HeadCard extends StackPane {
    private final HeadPattern head;
    private final FigureCanvas canvas = new FigureCanvas();

    HeadCard(HeadPattern head, AttentionPattern figure, AttentionViewModel viewModel, Consumer<String> status) {
        this.head = head;
        getStyleClass().add("head-card");
        setId("head-" + head.layer() + "-" + head.head());
        Dimension size = FigureRenderer.preferredSize(figure);
        canvas.setPrefSize(size.width, size.height);
        canvas.setMinSize(size.width, size.height);
        canvas.setMaxSize(size.width, size.height);
        canvas.setFigure(figure);
        getChildren().add(canvas);
        canvas.setOnMouseMoved(e -> status.accept(canvas.hit(e.getX(), e.getY())
                .map(h -> AttentionViewModel.describe(head, h)).orElse(head.title())));
        canvas.setOnMouseExited(e -> status.accept(""));
        setOnMouseClicked(e -> viewModel.select(head));
    }

    HeadPattern head() {
        return head;
    }

    FigureCanvas canvas() {
        return canvas;
    }
}
