package org.raspworkbench.ui.views.token;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.raspworkbench.ui.views.ViewStyles;
import org.raspworkbench.ui.views.data.ValueText;

/** A residual direction drawn as a horizontal bar (or a group heading). */
final class BarCell extends ListCell<ResidualBar> {
    static final double TRACK = 120;
    /** Before and after the output S-op's name wherever S-ops are listed, so it is found without colour. */
    static final String OUTPUT_MARK = "\u25b6 ";
    static final String OUTPUT_SUFFIX = "  (output)";

    private final TokenInspectorViewModel viewModel;
    private final java.util.function.BooleanSupplier signed;
    private final Label name = new Label();
    private final Pane track = new Pane();
    private final Region bar = new Region();
    private final Region axis = new Region();
    private final Label value = new Label();
    private final HBox line = new HBox(name, track, value);

    BarCell(TokenInspectorViewModel viewModel, java.util.function.BooleanSupplier signed) {
        this.viewModel = viewModel;
        this.signed = signed;
        getStyleClass().add("bar-cell");
        name.getStyleClass().add("bar-name");
        value.getStyleClass().add("bar-value");
        bar.getStyleClass().add("bar");
        axis.getStyleClass().add("bar-axis");
        track.getStyleClass().add("bar-track");
        // Placed by hand below; a Pane would otherwise shrink them to their (zero) preferred size.
        bar.setManaged(false);
        axis.setManaged(false);
        track.getChildren().addAll(bar, axis);
        track.setMinSize(TRACK, 12);
        track.setPrefSize(TRACK, 12);
        track.setMaxSize(TRACK, 12);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("bar-line");
        setOnMouseClicked(e -> {
            ResidualBar item = getItem();
            if (item instanceof ResidualBar.Bar b) b.owner().ifPresent(viewModel::select);
            if (item instanceof ResidualBar.Heading h) h.owner().ifPresent(viewModel::select);
        });
    }

    @Override
    protected void updateItem(ResidualBar item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        boolean heading = item instanceof ResidualBar.Heading;
        ViewStyles.mark(this, "bar-heading", !empty && heading);
        ViewStyles.mark(this, "written", !empty && item instanceof ResidualBar.Bar b && b.written());
        ViewStyles.mark(this, "negative", !empty && item instanceof ResidualBar.Bar b && b.value() < 0);
        if (empty || item == null) {
            setGraphic(null);
            ViewStyles.mark(this, "selected-sop", false);
            ViewStyles.mark(this, "output-sop", false);
            return;
        }
        ViewStyles.mark(this, "output-sop", item instanceof ResidualBar.Heading h && h.output());
        if (item instanceof ResidualBar.Heading h) {
            ViewStyles.mark(this, "selected-sop", h.owner().map(viewModel::isSelected).orElse(false));
            setText(h.output() ? OUTPUT_MARK + h.name() + OUTPUT_SUFFIX : h.name());
            setGraphic(null);
            return;
        }
        ResidualBar.Bar b = (ResidualBar.Bar) item;
        ViewStyles.mark(this, "selected-sop", b.owner().map(viewModel::isSelected).orElse(false));
        name.setText(b.direction().label());
        value.setText(ValueText.number(b.value()));
        boolean both = signed.getAsBoolean();
        double zero = both ? TRACK / 2 : 0;
        double length = Math.abs(b.fraction()) * (both ? TRACK / 2 : TRACK);
        double left = b.fraction() < 0 ? zero - length : zero;
        bar.resizeRelocate(left, 1, length, 10);
        axis.resizeRelocate(zero, 0, 1, 12);
        setGraphic(line);
    }
}
