package org.raspworkbench.ui.views.intervention;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.raspworkbench.ui.views.ViewStyles;

/**
 * The corrupted input beside the example (clean) input: what activation patching copies
 * components from. Empty means no corrupted run; an input the program cannot take says why, in
 * the input's terms, as the example field does.
 */
public final class CorruptedInputBar extends HBox {
    private final TextField field = new TextField();

    public CorruptedInputBar(StringProperty corruptedInput, ObservableValue<String> error) {
        getStyleClass().add("corrupted-input-bar");
        Label label = new Label("Corrupted");
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        field.setId("corrupted-input");
        field.setPromptText("a second input to patch from, e.g. [3, 1, 2]");
        field.setTooltip(new Tooltip("The corrupted input: the model runs on it too, and \"Patch from corrupted\" "
                + "copies a component's output from this run into the clean one"));
        field.textProperty().bindBidirectional(corruptedInput);
        HBox.setHgrow(field, Priority.ALWAYS);
        Label message = new Label();
        message.setId("corrupted-input-error");
        message.getStyleClass().add("input-error");
        message.textProperty().bind(Bindings.createStringBinding(() -> error.getValue() == null ? "" : error.getValue(),
                error));
        BooleanBinding invalid = message.textProperty().isNotEmpty();
        message.visibleProperty().bind(invalid);
        message.managedProperty().bind(invalid);
        invalid.addListener((obs, was, now) -> ViewStyles.mark(field, "invalid", now));
        getChildren().addAll(label, field, message);
    }

    public TextField field() {
        return field;
    }
}
