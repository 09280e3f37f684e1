package org.raspworkbench.ui.window;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;
import org.raspworkbench.ui.state.CompileOutcome;
import org.raspworkbench.ui.state.WorkbenchState;

/** Compilation status on the left, the model's size in the middle, the caret position on the right. */
final class StatusBar extends HBox {
    StatusBar(WorkbenchState state, CodeArea area) {
        getStyleClass().add("status-bar");
        Label compile = new Label();
        compile.setId("status-compile");
        compile.textProperty().bind(Bindings.createStringBinding(() -> describe(state),
                state.latestProperty(), state.busyProperty(), state.staleProperty()));
        state.latestProperty().addListener((obs, was, now) -> {
            compile.getStyleClass().remove("status-error");
            if (now != null && now.hasErrors()) compile.getStyleClass().add("status-error");
        });
        Label model = new Label();
        model.setId("status-model");
        model.textProperty().bind(Bindings.createStringBinding(() -> {
            int layers = state.shownLayout().layers();
            return state.shownProgram().map(p -> layers + (layers == 1 ? " layer" : " layers") + ", "
                    + p.nodes().size() + " nodes").orElse("");
        }, state.shownProperty()));
        Label caret = new Label();
        caret.textProperty().bind(Bindings.createStringBinding(
                () -> "Ln " + (area.getCurrentParagraph() + 1) + ", Col " + (area.getCaretColumn() + 1),
                area.caretPositionProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(compile, model, spacer, caret);
    }

    /** Shows {@code task} (a background job's progress) at the right, before the caret position. */
    void addTask(javafx.scene.Node task) {
        getChildren().add(getChildren().size() - 1, task);
    }

    private static String describe(WorkbenchState state) {
        if (state.busyProperty().get()) return "Compiling…";
        CompileOutcome latest = state.latestProperty().get();
        if (latest == null) return "Ready";
        long errors = latest.diagnostics().stream().filter(d -> d.isError()).count();
        if (errors > 0) {
            return errors + (errors == 1 ? " error" : " errors") + (state.staleProperty().get() ? " — showing the last good model" : "");
        }
        return "Compiled in " + latest.elapsed().toMillis() + " ms";
    }
}
