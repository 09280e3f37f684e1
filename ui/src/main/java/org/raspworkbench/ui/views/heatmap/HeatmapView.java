package org.raspworkbench.ui.views.heatmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.figures.CellHit;
import org.raspworkbench.ui.figures.ColorMap;
import org.raspworkbench.ui.figures.Figure;
import org.raspworkbench.ui.views.ViewStyles;
import org.raspworkbench.ui.views.canvas.ScrollingFigure;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.TraceDigest;

/**
 * The residual stream as a heatmap: a snapshot chooser, a strip toggle, colour map and range
 * choices above the drawing, hover details below it.
 */
public final class HeatmapView extends BorderPane {
    static final String AUTOMATIC_MAP = "automatic";

    private final HeatmapViewModel viewModel;
    private final ComboBox<Integer> snapshots = new ComboBox<>();
    private final ToggleButton strip = new ToggleButton("All snapshots");
    private final ComboBox<String> maps = new ComboBox<>();
    private final ComboBox<RangeChoice> ranges = new ComboBox<>();
    private final ScrollingFigure drawing = new ScrollingFigure();
    private final Label status = new Label();
    private final Tooltip hover = new Tooltip();
    private boolean updating;

    public HeatmapView(ObjectProperty<SOp> selection) {
        viewModel = new HeatmapViewModel(selection);
        ViewStyles.apply(this, "heatmap-view");

        snapshots.setId("heatmap-snapshot");
        snapshots.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Integer i) {
                List<String> labels = viewModel.snapshotLabels();
                return i == null || i >= labels.size() ? "" : labels.get(i);
            }

            @Override public Integer fromString(String s) {
                return null;
            }
        });
        snapshots.valueProperty().addListener((o, a, i) -> {
            if (!updating && i != null) viewModel.snapshotIndexProperty().set(i);
        });
        strip.setId("heatmap-strip");
        strip.selectedProperty().bindBidirectional(viewModel.stripProperty());
        maps.setId("heatmap-colormap");
        List<String> names = new ArrayList<>();
        names.add(AUTOMATIC_MAP);
        names.addAll(ColorMap.names());
        maps.getItems().setAll(names);
        maps.setValue(AUTOMATIC_MAP);
        maps.valueProperty().addListener((o, a, n) -> viewModel.colorMapProperty().set(
                n == null || n.equals(AUTOMATIC_MAP) ? Optional.empty() : ColorMap.byName(n)));
        ranges.setId("heatmap-range");
        ranges.getItems().setAll(RangeChoice.values());
        ranges.valueProperty().bindBidirectional(viewModel.rangeProperty());
        setTop(ViewStyles.toolbar(ViewStyles.labelled("Snapshot", snapshots), strip,
                ViewStyles.labelled("Colours", maps), ViewStyles.labelled("Range", ranges)));

        drawing.setId("heatmap-drawing");
        setCenter(drawing);
        status.setId("heatmap-status");
        status.getStyleClass().add("view-status");
        status.setMaxWidth(Double.MAX_VALUE);
        setBottom(status);
        hover.setShowDelay(Duration.millis(150));
        hover.getStyleClass().add("figure-tooltip");
        drawing.canvas().setOnMouseMoved(e -> showHover(drawing.hit(e.getX(), e.getY())));
        drawing.canvas().setOnMouseExited(e -> status.setText(""));
        drawing.canvas().setOnMouseClicked(e -> drawing.hit(e.getX(), e.getY()).ifPresent(viewModel::click));

        viewModel.modelProperty().addListener((o, a, b) -> refresh());
        viewModel.traceProperty().addListener((o, a, b) -> refresh());
        viewModel.snapshotIndexProperty().addListener((o, a, b) -> refresh());
        viewModel.writtenDirectionsProperty().addListener((o, a, b) -> refresh());
        viewModel.stripProperty().addListener((o, a, b) -> refresh());
        viewModel.colorMapProperty().addListener((o, a, b) -> refresh());
        viewModel.rangeProperty().addListener((o, a, b) -> refresh());
        viewModel.programNameProperty().addListener((o, a, b) -> refresh());
        selection.addListener((o, a, b) -> refresh());
        refresh();
    }

    public HeatmapViewModel viewModel() { return viewModel; }
    public ObjectProperty<ModelDigest> modelProperty() { return viewModel.modelProperty(); }
    public ObjectProperty<TraceDigest> traceProperty() { return viewModel.traceProperty(); }
    public IntegerProperty snapshotIndexProperty() { return viewModel.snapshotIndexProperty(); }
    public ObjectProperty<Set<BasisDirection>> writtenDirectionsProperty() { return viewModel.writtenDirectionsProperty(); }
    public StringProperty programNameProperty() { return viewModel.programNameProperty(); }

    /** The figure on screen, for exporting exactly what the user sees. */
    public Optional<Figure> currentFigure() {
        return Optional.ofNullable(drawing.figureProperty().get());
    }

    public ScrollingFigure drawing() {
        return drawing;
    }

    private void showHover(Optional<CellHit> hit) {
        String text = hit.map(viewModel::describe).orElse("");
        status.setText(text);
        if (text.isEmpty()) {
            Tooltip.uninstall(drawing.canvas(), hover);
        } else {
            hover.setText(text);
            Tooltip.install(drawing.canvas(), hover);
        }
    }

    private void refresh() {
        updating = true;
        try {
            int n = viewModel.snapshotCount();
            if (snapshots.getItems().size() != n) {
                snapshots.getItems().setAll(java.util.stream.IntStream.range(0, n).boxed().toList());
            }
            snapshots.setValue(null);
            snapshots.setValue(n == 0 ? null : viewModel.snapshot().index());
            snapshots.setDisable(viewModel.stripProperty().get());
        } finally {
            updating = false;
        }
        drawing.figureProperty().set(viewModel.figure().orElse(null));
    }
}
