package org.raspworkbench.ui.views.intervention;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.raspworkbench.ui.views.ViewStyles;

/**
 * The interventions on the clean run, one per row: a check box that switches it on and off, what
 * it does, whether it still applies to the compiled model, and a button that removes it; under
 * the list, what the enabled ones changed.
 */
public final class InterventionsPanel extends VBox {
    private final InterventionsModel model;
    private final ListView<InterventionEntry> list = new ListView<>();

    public InterventionsPanel(InterventionsModel model) {
        this.model = model;
        ViewStyles.apply(this, "interventions-panel");
        setId("interventions-panel");
        Label title = new Label("Interventions");
        title.getStyleClass().add("title-4");
        Button clear = new Button("Remove all");
        clear.setId("interventions-clear");
        clear.setOnAction(e -> model.clear());
        clear.disableProperty().bind(Bindings.isEmpty(model.entries()));
        Button off = new Button("All off");
        off.setId("interventions-all-off");
        off.setTooltip(new Tooltip("Switch every intervention off: the views show the clean run"));
        off.setOnAction(e -> model.disableAll());
        off.disableProperty().bind(Bindings.isEmpty(model.entries()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        javafx.scene.control.ProgressIndicator busy = new javafx.scene.control.ProgressIndicator();
        busy.setId("interventions-busy");
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(model.computingProperty());
        HBox header = new HBox(title, busy, gap, off, clear);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setSpacing(8);

        list.setId("interventions-list");
        list.getStyleClass().add("interventions-list");
        list.setItems(model.entries());
        list.setCellFactory(l -> new EntryCell());
        Label hint = new Label("Right-click a head, an MLP or an S-op in the Graph, Layers, Residual stream or Tokens view to "
                + "ablate, patch or write it; or double-click a cell of the sweep below to add that patch.");
        hint.getStyleClass().add("interventions-hint");
        hint.setWrapText(true);
        list.setPlaceholder(hint);
        list.setPrefHeight(160);
        VBox.setVgrow(list, Priority.SOMETIMES);

        Label effect = new Label();
        effect.setId("interventions-effect");
        effect.getStyleClass().add("interventions-effect");
        effect.setWrapText(true);
        effect.textProperty().bind(Bindings.createStringBinding(model::effectText, model.changes()));
        getChildren().addAll(header, list, effect);
    }

    public ListView<InterventionEntry> list() {
        return list;
    }

    private final class EntryCell extends ListCell<InterventionEntry> {
        private final CheckBox enabled = new CheckBox();
        private final Label missing = new Label();
        private final Button remove = new Button(null, new FontIcon(Feather.X));
        private final HBox row;

        EntryCell() {
            missing.getStyleClass().add("intervention-missing");
            remove.getStyleClass().addAll("flat", "intervention-remove");
            remove.setTooltip(new Tooltip("Remove this intervention"));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            row = new HBox(enabled, missing, gap, remove);
            row.getStyleClass().add("intervention-row");
            enabled.setOnAction(e -> {
                if (getItem() != null) model.setEnabled(getItem().id(), enabled.isSelected());
            });
            remove.setOnAction(e -> {
                if (getItem() != null) model.remove(getItem().id());
            });
        }

        @Override
        protected void updateItem(InterventionEntry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            enabled.setText(item.label());
            enabled.setSelected(item.enabled());
            enabled.setId("intervention-enabled-" + getIndex());
            remove.setId("intervention-remove-" + getIndex());
            missing.setText(item.problem().map(m -> "(" + m + ")").orElse(""));
            missing.setVisible(item.problem().isPresent());
            missing.setManaged(item.problem().isPresent());
            setText(null);
            setGraphic(row);
        }
    }
}
