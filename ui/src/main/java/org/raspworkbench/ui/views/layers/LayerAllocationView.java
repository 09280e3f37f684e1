package org.raspworkbench.ui.views.layers;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.SimpleObjectProperty;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.views.intervention.InterventionMenu;
import org.raspworkbench.ui.views.intervention.PatchMarks;
import org.raspworkbench.ui.views.ViewStyles;
import org.raspworkbench.ui.views.data.BlockDigest;
import org.raspworkbench.ui.views.data.ModelDigest;

/** Layers side by side, each split into attention over MLP, under the model's size. */
public final class LayerAllocationView extends BorderPane {
    private final LayerAllocationViewModel viewModel;
    private final FlowPane header = new FlowPane();
    private final HBox columns = new HBox();
    private final List<SubLayerBox> boxes = new ArrayList<>();
    private final ObjectProperty<InterventionMenu> interventionMenu =
            new SimpleObjectProperty<>(this, "interventionMenu", InterventionMenu.NONE);
    private final ObjectProperty<PatchMarks> patchMarks = new SimpleObjectProperty<>(this, "patchMarks", PatchMarks.NONE);

    public LayerAllocationView(ObjectProperty<SOp> selection) {
        viewModel = new LayerAllocationViewModel(selection);
        ViewStyles.apply(this, "layers-view");
        header.getStyleClass().add("layers-header");
        header.setId("layers-header");
        columns.getStyleClass().add("layers-columns");
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToHeight(true);
        setTop(header);
        setCenter(scroll);
        viewModel.modelProperty().addListener((o, a, b) -> rebuild());
        selection.addListener((o, a, b) -> refreshMarks());
        viewModel.snapshotIndexProperty().addListener((o, a, b) -> refreshMarks());
        patchMarks.addListener((o, a, b) -> refreshMarks());
        rebuild();
    }

    public LayerAllocationViewModel viewModel() { return viewModel; }
    public ObjectProperty<ModelDigest> modelProperty() { return viewModel.modelProperty(); }
    public IntegerProperty snapshotIndexProperty() { return viewModel.snapshotIndexProperty(); }
    /** The right-click entries (ablate a head, an MLP, a sub-layer...). */
    public ObjectProperty<InterventionMenu> interventionMenuProperty() { return interventionMenu; }
    /** Outlines what is intervened on. */
    public ObjectProperty<PatchMarks> patchMarksProperty() { return patchMarks; }

    private void rebuild() {
        header.getChildren().clear();
        for (LayerAllocationViewModel.Stat stat : viewModel.stats()) {
            Label value = new Label(stat.value());
            value.getStyleClass().add("stat-value");
            Label label = new Label(stat.label());
            label.getStyleClass().add("stat-label");
            HBox chip = new HBox(value, label);
            chip.getStyleClass().add("stat");
            header.getChildren().add(chip);
        }
        if (header.getChildren().isEmpty()) header.getChildren().add(new Label(viewModel.header()));
        Tooltip.install(header, new Tooltip(viewModel.header()));
        columns.getChildren().clear();
        boxes.clear();
        List<List<BlockDigest>> layers = viewModel.columns();
        for (int layer = 0; layer < layers.size(); layer++) {
            VBox column = new VBox();
            column.getStyleClass().add("layer-column");
            Label title = new Label("Layer " + layer);
            title.getStyleClass().add("layer-title");
            column.getChildren().add(title);
            for (BlockDigest block : layers.get(layer)) {
                SubLayerBox box = new SubLayerBox(block, viewModel, interventionMenu::get);
                VBox.setVgrow(box, Priority.ALWAYS);
                boxes.add(box);
                column.getChildren().add(box);
            }
            columns.getChildren().add(column);
        }
        refreshMarks();
    }

    private void refreshMarks() {
        for (SubLayerBox b : boxes) b.refresh(patchMarks.get() == null ? PatchMarks.NONE : patchMarks.get());
    }
}
