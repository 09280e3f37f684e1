package org.raspworkbench.ui.views.intervention;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.raspworkbench.core.intervention.Intervention;
import org.raspworkbench.core.intervention.OutputEffect;
import org.raspworkbench.core.intervention.SweepCell;
import org.raspworkbench.core.intervention.SweepResult;
import org.raspworkbench.ui.figures.CellHit;
import org.raspworkbench.ui.figures.HitKind;
import org.raspworkbench.ui.figures.PatchSweepGrid;
import org.raspworkbench.ui.views.ViewStyles;
import org.raspworkbench.ui.views.canvas.ScrollingFigure;
import org.raspworkbench.ui.views.data.ValueText;

/**
 * "Patch every component": runs the sweep on the clean and corrupted inputs in the background and
 * draws the layer x component grid of its effect on the output, painted one viewport at a time
 * like the heatmap. Hovering a cell names the patch and what it did; double-clicking one adds
 * that patch to the interventions, so its run can be stepped through.
 */
public final class SweepPanel extends BorderPane {
    private final InterventionsModel model;
    private final ScrollingFigure drawing = new ScrollingFigure();
    private final ComboBox<SweepMeasure> measures = new ComboBox<>();
    private final Label placeholder = new Label();
    private final Label status = new Label();
    private final ObjectProperty<PatchSweepGrid> figure = new SimpleObjectProperty<>(this, "figure");
    private final StringProperty programName = new SimpleStringProperty(this, "programName", "");
    private Consumer<SweepPanel> exporter = p -> { };
    private final java.util.Set<String> collapsed = new java.util.HashSet<>();

    public SweepPanel(InterventionsModel model) {
        this.model = model;
        ViewStyles.apply(this, "sweep-view");
        setId("sweep-view");
        Button run = new Button("Patch every component");
        run.setId("sweep-run");
        run.setTooltip(new Tooltip("Patch each head, MLP and S-op subspace from the corrupted run into the clean run, "
                + "one at a time, and draw the effect on the output at each position"));
        run.setOnAction(e -> model.runSweep());
        run.disableProperty().bind(model.sweepingProperty());
        measures.setId("sweep-measure");
        measures.getItems().setAll(SweepMeasure.values());
        measures.setValue(SweepMeasure.DELTA);
        Button export = new Button("Export\u2026");
        export.setId("sweep-export");
        export.setOnAction(e -> exporter.accept(this));
        export.disableProperty().bind(figure.isNull());
        Button fit = new Button("Fit");
        fit.setId("sweep-fit");
        fit.setTooltip(new Tooltip("Zoom so the whole grid fits (Ctrl+wheel zooms about the mouse)"));
        fit.setOnAction(e -> drawing.fit());
        Button actual = new Button("100%");
        actual.setId("sweep-actual-size");
        actual.setOnAction(e -> drawing.actualSize());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(model.sweepingProperty());
        setTop(ViewStyles.toolbar(run, ViewStyles.labelled("Cells", measures), fit, actual, export, busy));
        drawing.setId("sweep-drawing");
        // A layer collapses to one row holding, per position, its strongest component's effect.
        drawing.setGroups(collapsed::contains, this::toggleLayer);
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        placeholder.setMouseTransparent(true);
        // The screen draws no column axis title (the export does, below the grid): say what the axes are.
        Label axes = new Label();
        axes.setId("sweep-axes");
        axes.getStyleClass().add("sweep-axes");
        axes.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> "Rows: the component patched "
                + "from the corrupted run, by layer.  Columns: output position:token of the clean input.  Cells: "
                + measures.getValue().label() + ".", measures.valueProperty()));
        axes.visibleProperty().bind(figure.isNotNull());
        axes.managedProperty().bind(figure.isNotNull());
        setCenter(new BorderPane(new StackPane(drawing, placeholder), axes, null, null, null));
        status.setId("sweep-status");
        status.getStyleClass().add("view-status");
        status.setMaxWidth(Double.MAX_VALUE);
        setBottom(status);
        drawing.onPointer((x, y) -> status.setText(drawing.hit(x, y).map(this::describe).orElse("")));
        drawing.canvas().setOnMouseExited(e -> status.setText(""));
        drawing.canvas().setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                drawing.hit(e.getX(), e.getY()).flatMap(this::cellAt).ifPresent(this::addPatch);
            }
        });
        // Change listeners: an invalidation listener would hear nothing more until someone read the value.
        for (javafx.beans.Observable o : model.changes()) {
            ((javafx.beans.value.ObservableValue<?>) o).addListener((obs, was, now) -> refresh());
        }
        measures.valueProperty().addListener((o, a, b) -> refresh());
        programName.addListener((o, a, b) -> refresh());
        refresh();
    }

    public ScrollingFigure drawing() { return drawing; }
    public ComboBox<SweepMeasure> measures() { return measures; }
    /** The grid on screen; null before a sweep of what is shown. */
    public ObjectProperty<PatchSweepGrid> figureProperty() { return figure; }
    public StringProperty programNameProperty() { return programName; }

    /** What Export… does (the window hands the figure to its export dialog). */
    public void setExporter(Consumer<SweepPanel> exporter) {
        this.exporter = exporter;
    }

    private void toggleLayer(String layer) {
        if (!collapsed.remove(layer)) collapsed.add(layer);
        // Setting the groups again lays the figure out anew with the layer collapsed or open.
        drawing.setGroups(collapsed::contains, this::toggleLayer);
    }

    private Optional<SweepResult> result() {
        return model.currentSweep().flatMap(SweepOutcome::result);
    }

    private void refresh() {
        Optional<SweepOutcome> o = model.currentSweep();
        Optional<SweepResult> r = o.flatMap(SweepOutcome::result);
        String name = programName.get() == null || programName.get().isEmpty() ? "program" : programName.get();
        PatchSweepGrid grid = r.map(s -> SweepFigures.grid(name, s, measures.getValue())).orElse(null);
        figure.set(grid);
        drawing.figureProperty().set(grid);
        placeholder.setText(o.map(SweepOutcome::message).filter(m -> !m.isEmpty()).orElse(r.isPresent() ? ""
                : "Type a corrupted input beside the example input, then Patch every component: each head, MLP and "
                + "S-op subspace is patched from the corrupted run into the clean run, one at a time."));
        placeholder.setVisible(grid == null);
    }

    /** The component of a row, by its label (a collapsed layer's one row stands for none). */
    private Optional<SweepCell> cellAt(CellHit hit) {
        if (hit.kind() != HitKind.CELL && hit.kind() != HitKind.ROW_LABEL) return Optional.empty();
        List<SweepCell> rows = result().map(SweepFigures::rowOrder).orElse(List.of());
        return rows.stream().filter(c -> SweepFigures.rowLabel(c).equals(hit.rowLabel())).findFirst();
    }

    /** "head L0.H1 frac_prevs at 2 (b): 1 → 0, change −0.98". */
    String describe(CellHit hit) {
        Optional<SweepCell> cell = cellAt(hit);
        if (cell.isEmpty()) return hit.kind() == HitKind.COLUMN_LABEL ? "position " + hit.columnLabel() : "";
        if (hit.kind() != HitKind.CELL) return SweepFigures.rowLabel(cell.get()) + "  (double-click a cell to add this patch)";
        int row = hit.column() + 1;
        Optional<OutputEffect> e = cell.get().effects().stream().filter(x -> x.row() == row).findFirst();
        if (e.isEmpty()) return SweepFigures.rowLabel(cell.get());
        OutputEffect x = e.get();
        return "patch " + SweepFigures.rowLabel(cell.get()) + "  \u00b7  position " + hit.columnLabel() + ": "
                + x.clean().repr() + " \u2192 " + x.patched().repr() + (x.changed() ? " (changed)" : "")
                + "  \u00b7  change " + ValueText.number(x.delta()) + "  \u00b7  fraction "
                + ValueText.number(x.fraction()) + "  \u00b7  double-click to add this patch";
    }

    private void addPatch(SweepCell cell) {
        result().ifPresent(r -> model.add(Intervention.patch(cell.target(), r.corrupted())));
    }
}
