package org.raspworkbench.ui.problems;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.raspworkbench.core.source.Diagnostic;

/** A list of diagnostics under a header that counts them; choosing one calls {@code onJump}. */
public final class ProblemsView extends BorderPane {
    private final ListView<Diagnostic> list = new ListView<>();

    public ProblemsView(ObservableList<Diagnostic> problems, Consumer<Diagnostic> onJump) {
        getStyleClass().add("problems-view");
        list.setId("problems-list");
        list.getStyleClass().add("problems-list");
        list.setItems(problems);
        list.setCellFactory(v -> new ProblemCell());
        Label empty = new Label("No problems");
        empty.getStyleClass().add("problems-empty");
        list.setPlaceholder(empty);
        list.setOnMouseClicked(e -> jump(onJump));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) jump(onJump);
        });
        Label title = new Label();
        title.getStyleClass().add("panel-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> summary(problems), problems));
        HBox header = new HBox(title);
        header.getStyleClass().add("panel-header");
        setTop(header);
        setCenter(list);
    }

    private void jump(Consumer<Diagnostic> onJump) {
        Diagnostic d = list.getSelectionModel().getSelectedItem();
        if (d != null) onJump.accept(d);
    }

    static String summary(ObservableList<Diagnostic> problems) {
        long errors = problems.stream().filter(Diagnostic::isError).count();
        long warnings = problems.size() - errors;
        if (problems.isEmpty()) return "PROBLEMS";
        return "PROBLEMS  " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning" : " warnings");
    }

    public ListView<Diagnostic> list() {
        return list;
    }

    /** One diagnostic: severity icon, line:column, message, kind. */
    private static final class ProblemCell extends ListCell<Diagnostic> {
        @Override
        protected void updateItem(Diagnostic d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            FontIcon icon = new FontIcon(d.isError() ? Feather.X_CIRCLE : Feather.ALERT_TRIANGLE);
            icon.getStyleClass().addAll("problem-icon", d.isError() ? "error" : "warning");
            Label where = new Label(d.range().isNone() ? "" : d.range().start().line() + ":" + d.range().start().column());
            where.getStyleClass().add("problem-location");
            Label message = new Label(d.message());
            message.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(message, Priority.ALWAYS);
            Label kind = new Label(d.kind().label());
            kind.getStyleClass().add("problem-kind");
            HBox row = new HBox(8, icon, where, message, kind);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
