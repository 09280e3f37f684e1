package org.raspworkbench.ui.editor;

import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The gutter left of each line: a breakpoint marker and the line number. A click on the marker of a
 * line that defines an S-op sets or clears a breakpoint there. The editor installs a fresh factory
 * whenever breakpoints or breakable lines change, so each node reads the sets once.
 */
final class GutterFactory implements IntFunction<Node> {
    private final GenericStyledArea<?, ?, ?> area;
    private final EditorModel model;

    GutterFactory(GenericStyledArea<?, ?, ?> area, EditorModel model) {
        this.area = area;
        this.model = model;
    }

    @Override
    public Node apply(int paragraph) {
        int line = paragraph + 1;
        Region marker = new Region();
        marker.getStyleClass().add("breakpoint-marker");
        boolean breakable = model.breakableLines().contains(line);
        if (model.breakpointLines().contains(line)) {
            marker.getStyleClass().add(breakable ? "breakpoint-set" : "breakpoint-orphan");
        } else if (breakable) {
            marker.getStyleClass().add("breakpoint-possible");
        }
        int digits = Math.max(2, String.valueOf(area.getParagraphs().size()).length());
        Label number = new Label(String.format("%" + digits + "d", line));
        number.getStyleClass().add("lineno");
        HBox box = new HBox(marker, number);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("gutter");
        if (breakable) Tooltip.install(box, new Tooltip("Click to stop the debugger where this line's S-ops are computed"));
        box.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                model.toggleBreakpoint(line);
                e.consume();
            }
        });
        box.setId("gutter-" + line);
        return box;
    }
}
