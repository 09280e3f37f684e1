package org.raspworkbench.ui.views.token;

import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.views.ViewStyles;
import org.raspworkbench.ui.views.data.DecodedValue;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.TraceDigest;
import org.raspworkbench.ui.views.intervention.InterventionMenu;

/**
 * The output across the input ("model | program" per position); then, for one position, what
 * every S-op holds at the current snapshot (output first, narrowed by a name filter), and the
 * raw vector.
 */
public final class TokenInspectorView extends BorderPane {
    private final TokenInspectorViewModel viewModel;
    private final ComboBox<Integer> positions = new ComboBox<>();
    private final Label snapshotLabel = new Label();
    private final Label summary = new Label();
    private final Label changes = new Label();
    private final TextField filter = new TextField();
    private final OutputRow outputRow;
    private final DecodedTable table;
    private final ListView<ResidualBar> bars = new ListView<>();
    private boolean signed;
    private final ObjectProperty<InterventionMenu> interventionMenu =
            new javafx.beans.property.SimpleObjectProperty<>(this, "interventionMenu", InterventionMenu.NONE);
    private boolean updating;

    public TokenInspectorView(ObjectProperty<SOp> selection) {
        viewModel = new TokenInspectorViewModel(selection);
        ViewStyles.apply(this, "token-view");
        table = new DecodedTable(viewModel, interventionMenu::get);
        outputRow = new OutputRow(viewModel);

        positions.setId("token-position");
        positions.setConverter(new StringConverter<>() {
            @Override public String toString(Integer p) {
                List<String> labels = viewModel.positionLabels();
                return p == null || p >= labels.size() ? "" : labels.get(p);
            }

            @Override public Integer fromString(String s) {
                return null;
            }
        });
        positions.valueProperty().addListener((o, a, p) -> {
            if (!updating && p != null) viewModel.positionProperty().set(p);
        });
        snapshotLabel.setId("token-snapshot");
        snapshotLabel.getStyleClass().add("token-snapshot");
        summary.setId("token-summary");
        summary.getStyleClass().add("token-summary");
        changes.setId("token-changes");
        changes.getStyleClass().add("token-changes");
        filter.setId("token-filter");
        filter.setPromptText("filter S-ops");
        filter.setTooltip(new javafx.scene.control.Tooltip("Show only the S-ops whose name contains this text"));
        filter.setPrefColumnCount(8);
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        setTop(new VBox(ViewStyles.toolbar(ViewStyles.labelled("Position", positions), snapshotLabel, summary,
                changes, filter), outputRow));

        bars.setId("token-bars");
        bars.getStyleClass().add("residual-bars");
        bars.setCellFactory(l -> new BarCell(viewModel, () -> signed));
        bars.setPlaceholder(new Label("no trace yet"));
        // Fixed-height cells keep scrolling through thousands of directions cheap.
        bars.setFixedCellSize(22);
        SplitPane split = new SplitPane(table, bars);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        setCenter(split);

        viewModel.modelProperty().addListener((o, a, b) -> refresh());
        viewModel.traceProperty().addListener((o, a, b) -> refresh());
        viewModel.snapshotIndexProperty().addListener((o, a, b) -> refresh());
        viewModel.positionProperty().addListener((o, a, b) -> refresh());
        viewModel.writtenDirectionsProperty().addListener((o, a, b) -> refresh());
        viewModel.filterProperty().addListener((o, a, b) -> refresh());
        viewModel.cleanTraceProperty().addListener((o, a, b) -> refresh());
        selection.addListener((o, a, b) -> {
            table.refresh();
            bars.refresh();
        });
        refresh();
    }

    public TokenInspectorViewModel viewModel() { return viewModel; }
    public ObjectProperty<ModelDigest> modelProperty() { return viewModel.modelProperty(); }
    public ObjectProperty<TraceDigest> traceProperty() { return viewModel.traceProperty(); }
    public IntegerProperty snapshotIndexProperty() { return viewModel.snapshotIndexProperty(); }
    public ObjectProperty<Set<BasisDirection>> writtenDirectionsProperty() { return viewModel.writtenDirectionsProperty(); }
    public IntegerProperty positionProperty() { return viewModel.positionProperty(); }
    public javafx.beans.property.StringProperty filterProperty() { return viewModel.filterProperty(); }
    public ObjectProperty<TraceDigest> cleanTraceProperty() { return viewModel.cleanTraceProperty(); }
    /** The right-click entries of an S-op's row, at the position shown. */
    public ObjectProperty<InterventionMenu> interventionMenuProperty() { return interventionMenu; }

    private void refresh() {
        updating = true;
        try {
            int n = viewModel.positionLabels().size();
            if (positions.getItems().size() != n) {
                positions.setItems(FXCollections.observableArrayList(java.util.stream.IntStream.range(0, n).boxed().toList()));
            }
            // The labels depend on the tokens: clearing first makes the combo re-render them.
            positions.setValue(null);
            positions.setValue(n == 0 ? null : viewModel.effectivePosition());
        } finally {
            updating = false;
        }
        boolean ready = viewModel.ready();
        snapshotLabel.setText(ready ? "at " + viewModel.snapshot().label() : "");
        outputRow.show(viewModel.outputCells(), viewModel.effectivePosition());
        List<DecodedValue> rows = viewModel.rows();
        table.show(rows, viewModel.changedSops());
        summary.setText(viewModel.summary());
        String change = viewModel.changeSummary();
        changes.setText(change);
        changes.setVisible(!change.isEmpty());
        changes.setManaged(!change.isEmpty());
        ViewStyles.mark(summary, "has-mismatch", viewModel.anyMismatch());
        List<ResidualBar> items = viewModel.bars();
        signed = TokenInspectorViewModel.anyNegative(items);
        bars.getItems().setAll(items);
    }
}
