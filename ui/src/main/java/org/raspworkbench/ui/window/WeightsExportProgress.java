package org.raspworkbench.ui.window;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** The status bar's note while weights are written: what is happening, how far, and Cancel. */
final class WeightsExportProgress extends HBox {
    WeightsExportProgress(WeightsExportActions actions) {
        getStyleClass().add("weights-export-progress");
        setId("weights-export-progress");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        Label text = new Label();
        text.setId("weights-export-status");
        text.textProperty().bind(actions.statusProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("weights-export-bar");
        bar.setPrefWidth(140);
        bar.progressProperty().bind(actions.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("weights-export-cancel");
        cancel.getStyleClass().add("small");
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> actions.cancel());
        // In the scene only while an export runs: a hidden "Cancel" would still be found by its text.
        actions.runningProperty().addListener((obs, was, now) -> {
            if (now) getChildren().setAll(text, bar, cancel);
            else getChildren().clear();
        });
        visibleProperty().bind(actions.runningProperty());
        managedProperty().bind(actions.runningProperty());
    }
}
