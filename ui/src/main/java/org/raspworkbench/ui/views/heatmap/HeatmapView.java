package org.raspworkbench.ui.views.heatmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
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
import org.raspworkbench.ui.views.intervention.InterventionMenu;

/**
 * The residual stream as a heatmap: a snapshot chooser, strip and difference toggles, colour map
 * and range choices, the row filter and zoom above the drawing, hover details below it.
 */
public final class HeatmapView extends BorderPane {
    static final String AUTOMATIC_MAP = "automatic";

    private final HeatmapViewModel viewModel;
    private final ComboBox<Integer> snapshots = new ComboBox<>();
    private final ToggleButton strip = new ToggleButton("All snapshots");
    private final ComboBox<String> maps = new ComboBox<>();
    private final ComboBox<RangeChoice> ranges = new ComboBox<>();
    private final ScrollingFigure drawing = new ScrollingFigure();
    private final TextField search = new TextField();
    private final ToggleButton written = new ToggleButton("Written rows");
    private final ToggleButton nonZero = new ToggleButton("Non-zero");
    private final ToggleButton difference = new ToggleButton("Difference");
    private final ToggleButton againstClean = new ToggleButton("Patched \u2212 clean");
    private final Button fit = new Button("Fit");
    private final Button actual = new Button("100%");
    private final Label zoomLabel = new Label();
    private final Label noRows = new Label("no rows match the filter");
    private final Label status = new Label();
    private final Tooltip hover = new Tooltip();
    private boolean updating;
    private final ObjectProperty<InterventionMenu> interventionMenu =
            new javafx.beans.property.SimpleObjectProperty<>(this, "interventionMenu", InterventionMenu.NONE);

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
        search.setId("heatmap-search");
        search.setPromptText("S-op name");
        search.setPrefColumnCount(10);
        search.textProperty().bindBidirectional(viewModel.nameFilterProperty());
        written.setId("heatmap-written");
        written.setTooltip(new Tooltip("Only the directions the current sub-layer wrote"));
        written.selectedProperty().bindBidirectional(viewModel.onlyWrittenProperty());
        nonZero.setId("heatmap-nonzero");
        nonZero.setTooltip(new Tooltip("Only directions with a value of at least 1e-6 (in size) in the snapshot shown"));
        nonZero.selectedProperty().bindBidirectional(viewModel.onlyNonZeroProperty());
        difference.setId("heatmap-difference");
        difference.setTooltip(new Tooltip("What the current sub-layer wrote: this snapshot minus the one before"));
        difference.selectedProperty().bindBidirectional(viewModel.differenceProperty());
        againstClean.setId("heatmap-against-clean");
        againstClean.setTooltip(new Tooltip("While interventions are on: the patched run minus the clean run, "
                + "at each snapshot"));
        againstClean.selectedProperty().bindBidirectional(viewModel.againstCleanProperty());
        fit.setId("heatmap-fit");
        fit.setTooltip(new Tooltip("Zoom so the whole figure fits (Ctrl+wheel zooms about the mouse)"));
        fit.setOnAction(e -> drawing.fit());
        actual.setId("heatmap-actual-size");
        actual.setOnAction(e -> drawing.actualSize());
        zoomLabel.setId("heatmap-zoom");
        zoomLabel.setMinWidth(Region.USE_PREF_SIZE);
        setTop(ViewStyles.toolbar(ViewStyles.labelled("Snapshot", snapshots), strip, difference, againstClean,
                ViewStyles.labelled("Colours", maps), ViewStyles.labelled("Range", ranges),
                ViewStyles.labelled("Rows", search), written, nonZero, fit, actual, zoomLabel));

        drawing.setId("heatmap-drawing");
        drawing.setGroups(viewModel.collapsedGroups()::contains, viewModel::toggleCollapsed);
        drawing.zoomProperty().addListener((o, a, b) -> showZoom());
        noRows.getStyleClass().add("placeholder");
        noRows.setMouseTransparent(true);
        noRows.setVisible(false);
        setCenter(new StackPane(drawing, noRows));
        status.setId("heatmap-status");
        status.getStyleClass().add("view-status");
        status.setMaxWidth(Double.MAX_VALUE);
        setBottom(status);
        hover.setShowDelay(Duration.millis(150));
        hover.getStyleClass().add("figure-tooltip");
        drawing.canvas().setOnMouseMoved(e -> showHover(drawing.hit(e.getX(), e.getY())));
        drawing.canvas().setOnMouseExited(e -> status.setText(""));
        drawing.canvas().setOnMouseClicked(e -> drawing.hit(e.getX(), e.getY()).ifPresent(viewModel::click));
        // The wheel moves the figure under a still mouse: name what is under it now.
        drawing.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> javafx.application.Platform.runLater(() -> {
            javafx.geometry.Point2D p = drawing.canvas().sceneToLocal(e.getSceneX(), e.getSceneY());
            if (drawing.canvas().getLayoutBounds().contains(p)) showHover(drawing.hit(p.getX(), p.getY()));
        }));
        drawing.rowLabels().setOnMouseMoved(e -> showHover(drawing.hitRowLabel(e.getX(), e.getY())));
        drawing.rowLabels().setOnMouseExited(e -> status.setText(""));
        drawing.rowLabels().setOnMouseClicked(e -> drawing.hitRowLabel(e.getX(), e.getY()).ifPresent(viewModel::click));
        drawing.canvas().setOnContextMenuRequested(e -> offerInterventions(drawing.canvas(), e,
                drawing.hit(e.getX(), e.getY())));
        drawing.rowLabels().setOnContextMenuRequested(e -> offerInterventions(drawing.rowLabels(), e,
                drawing.hitRowLabel(e.getX(), e.getY())));

        viewModel.modelProperty().addListener((o, a, b) -> {
            if (a == null || b == null || !a.residual().equals(b.residual())) drawing.scrollHome();
            refresh();
        });
        viewModel.traceProperty().addListener((o, a, b) -> refresh());
        viewModel.snapshotIndexProperty().addListener((o, a, b) -> {
            refresh();
            revealWrittenRows();
        });
        viewModel.nameFilterProperty().addListener((o, a, b) -> refresh());
        viewModel.onlyWrittenProperty().addListener((o, a, b) -> refresh());
        viewModel.onlyNonZeroProperty().addListener((o, a, b) -> refresh());
        viewModel.differenceProperty().addListener((o, a, b) -> refresh());
        viewModel.againstCleanProperty().addListener((o, a, b) -> refresh());
        viewModel.cleanTraceProperty().addListener((o, a, b) -> refresh());
        viewModel.outputProperty().addListener((o, a, b) -> refresh());
        viewModel.collapsedGroups().addListener((javafx.collections.SetChangeListener<String>) c -> refresh());
        viewModel.writtenDirectionsProperty().addListener((o, a, b) -> {
            refresh();
            revealWrittenRows();
        });
        viewModel.stripProperty().addListener((o, a, b) -> {
            refresh();
            revealWrittenRows();
        });
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
    /** The right-click entries of a direction's S-op (at the position clicked, on a cell). */
    public ObjectProperty<InterventionMenu> interventionMenuProperty() { return interventionMenu; }
    public ObjectProperty<TraceDigest> cleanTraceProperty() { return viewModel.cleanTraceProperty(); }

    private void offerInterventions(javafx.scene.Node owner, javafx.scene.input.ContextMenuEvent e, Optional<CellHit> hit) {
        Optional<SOp> sop = hit.flatMap(viewModel::sopAt);
        if (sop.isEmpty()) {
            e.consume();
            return;
        }
        viewModel.click(hit.get());
        Optional<Integer> position = hit.get().kind() == org.raspworkbench.ui.figures.HitKind.CELL
                ? Optional.of(hit.get().position()) : Optional.empty();
        InterventionMenu.show(owner, e, interventionMenu.get().forSop(sop.get(), position));
    }

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
        againstClean.setVisible(viewModel.patched());
        againstClean.setManaged(viewModel.patched());
        Optional<Figure> f = viewModel.figure();
        drawing.figureProperty().set(f.orElse(null));
        noRows.setText(viewModel.noRowsMessage());
        noRows.setVisible(f.isPresent() && viewModel.rows().rows().isEmpty());
        showZoom();
    }

    /** After a step: scrolls the rows it wrote (and in a strip its snapshot) into view unless they already are. */
    private void revealWrittenRows() {
        if (viewModel.stripProperty().get()) drawing.revealPanel(viewModel.snapshot().index());
        java.util.Set<Integer> rows = viewModel.writtenRows();
        if (rows.isEmpty()) return;
        int first = java.util.Collections.min(rows);
        int last = java.util.Collections.max(rows);
        drawing.revealRows(first, last);
    }

    private void showZoom() {
        zoomLabel.setText(Math.round(drawing.effectiveZoom() * 100) + "%");
    }
}
