package org.raspworkbench.ui.input;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.ui.state.RunOutcome;
import org.raspworkbench.ui.state.WorkbenchState;

/** The example input field, its error, the stale badge and the busy spinner. */
public final class ExampleInputBar extends HBox {
    private final TextField field = new TextField();

    public ExampleInputBar(WorkbenchState state) {
        getStyleClass().add("input-bar");
        Label label = new Label("Input");
        label.getStyleClass().add("field-label");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.setId("example-input");
        field.setPromptText("JSON list such as [1, 2, 3], or a string such as \"abc\"");
        field.setTooltip(new Tooltip("The input the model runs on: a JSON list of tokens, or a JSON string meaning its characters"));
        field.textProperty().bindBidirectional(state.exampleInputProperty());
        HBox.setHgrow(field, Priority.ALWAYS);

        Label error = new Label();
        error.setId("input-error");
        error.getStyleClass().add("input-error");
        error.textProperty().bind(Bindings.createStringBinding(() -> firstError(state.runProperty().get()),
                state.runProperty()));
        BooleanBinding invalid = error.textProperty().isNotEmpty();
        error.visibleProperty().bind(invalid);
        error.managedProperty().bind(invalid);
        invalid.addListener((obs, was, now) -> {
            if (now) field.getStyleClass().add("invalid");
            else field.getStyleClass().remove("invalid");
        });

        Label stale = new Label("STALE");
        stale.setId("stale-badge");
        stale.getStyleClass().add("stale-badge");
        stale.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        stale.setTooltip(new Tooltip("The text has errors: the views show the last program that compiled"));
        stale.visibleProperty().bind(state.staleProperty());
        stale.managedProperty().bind(state.staleProperty());

        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("busy-indicator");
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(state.busyProperty());

        getChildren().addAll(label, field, error, stale, busy);
    }

    private static String firstError(RunOutcome run) {
        if (run == null) return "";
        List<Diagnostic> errors = run.inputErrors();
        return errors.isEmpty() ? "" : errors.get(0).message();
    }

    public TextField field() {
        return field;
    }
}
