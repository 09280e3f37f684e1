package org.raspworkbench.ui.views.intervention;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.raspworkbench.ui.views.ViewStyles;

/**
 * The strip above a view while it shows a patched run: a PATCHED badge, which interventions are on
 * and what they changed, and a button that switches them all off. Every model view gets one, so a
 * patched run is never taken for the model's own.
 */
public final class PatchedBanner extends HBox {
    public PatchedBanner(InterventionsModel model, String id) {
        // Above the view, not inside it: the views' palette comes with the class.
        ViewStyles.apply(this, "patched-banner");
        setId(id);
        Label badge = new Label("PATCHED");
        badge.getStyleClass().add("patched-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label detail = new Label();
        detail.getStyleClass().add("patched-detail");
        detail.textProperty().bind(Bindings.createStringBinding(model::bannerText, model.changes()));
        detail.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(detail, Priority.ALWAYS);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(detail.textProperty());
        detail.setTooltip(tip);
        Button off = new Button("Show clean run");
        off.getStyleClass().add("patched-off");
        off.setMinWidth(Region.USE_PREF_SIZE);
        off.setTooltip(new Tooltip("Switch every intervention off (they stay in the list)"));
        off.setOnAction(e -> model.disableAll());
        getChildren().addAll(badge, detail, off);
        BooleanBinding shown = Bindings.createBooleanBinding(model::isPatched, model.changes());
        visibleProperty().bind(shown);
        managedProperty().bind(shown);
    }

    /** {@code view} under a banner of its own. */
    public static Node over(Node view, InterventionsModel model, String id) {
        BorderPane pane = new BorderPane(view);
        pane.setTop(new PatchedBanner(model, id));
        return pane;
    }
}
