package org.raspworkbench.ui.editor;

import java.util.OptionalInt;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.raspworkbench.ui.theme.IconButtons;

/** The find strip under the editor: type to search, Enter for the next match, Escape to close. */
final class FindBar extends HBox {
    private final CodeArea area;
    private final TextField query = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label status = new Label();

    FindBar(CodeArea area) {
        this.area = area;
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        query.setId("find-field");
        query.setPromptText("Find");
        HBox.setHgrow(query, Priority.ALWAYS);
        Button previous = IconButtons.flat(Feather.CHEVRON_UP, "Previous match (Shift+F3)");
        Button next = IconButtons.flat(Feather.CHEVRON_DOWN, "Next match (F3)");
        Button close = IconButtons.flat(Feather.X, "Close (Escape)");
        previous.setOnAction(e -> find(false));
        next.setOnAction(e -> find(true));
        close.setOnAction(e -> hide());
        query.textProperty().addListener((obs, was, now) -> findFrom(area.getSelection().getStart(), true));
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) find(!e.isShiftDown());
            else if (e.getCode() == KeyCode.ESCAPE) hide();
            else return;
            e.consume();
        });
        status.getStyleClass().add("find-status");
        getChildren().addAll(new FontIcon(Feather.SEARCH), query, matchCase, status, previous, next, close);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    void show() {
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) query.setText(selected);
        setVisible(true);
        query.requestFocus();
        query.selectAll();
    }

    void hide() {
        setVisible(false);
        area.requestFocus();
    }

    /** Selects the next (or previous) match after the current selection. */
    void find(boolean forward) {
        if (!isVisible() && query.getText().isEmpty()) {
            show();
            return;
        }
        int from = forward ? area.getSelection().getEnd() : area.getSelection().getStart() - 1;
        findFrom(from, forward);
    }

    private void findFrom(int from, boolean forward) {
        String text = area.getText();
        String q = query.getText();
        OptionalInt at = TextSearch.find(text, q, from, forward, matchCase.isSelected());
        if (at.isEmpty()) {
            status.setText(q.isEmpty() ? "" : "no matches");
            return;
        }
        int n = TextSearch.count(text, q, matchCase.isSelected());
        status.setText(n == 1 ? "1 match" : n + " matches");
        area.selectRange(at.getAsInt(), at.getAsInt() + q.length());
        area.requestFollowCaret();
    }
}
