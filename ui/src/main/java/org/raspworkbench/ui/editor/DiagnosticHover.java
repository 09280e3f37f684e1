package org.raspworkbench.ui.editor;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.raspworkbench.core.source.Diagnostic;

/** Shows the messages of the diagnostics under the mouse in a small popup after a short rest. */
final class DiagnosticHover {
    private final Popup popup = new Popup();
    private final Label message = new Label();

    DiagnosticHover(CodeArea area, EditorModel model) {
        message.getStyleClass().add("diagnostic-popup");
        message.setWrapText(true);
        message.setMaxWidth(520);
        popup.getContent().add(message);
        popup.setAutoHide(true);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            List<Diagnostic> here = at(model.diagnostics(), e.getCharacterIndex(), area.getLength());
            if (here.isEmpty()) return;
            message.setText(here.stream().map(DiagnosticHover::describe).collect(Collectors.joining("\n")));
            message.getStyleClass().removeAll("error", "warning");
            message.getStyleClass().add(here.stream().anyMatch(Diagnostic::isError) ? "error" : "warning");
            Point2D pos = e.getScreenPosition();
            popup.show(area, pos.getX(), pos.getY() + 14);
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
    }

    static String describe(Diagnostic d) {
        return d.severity().name().toLowerCase(java.util.Locale.ROOT) + " (" + d.kind().label() + "): " + d.message();
    }

    /** The diagnostics whose underline covers {@code offset}, with the same clipping the squiggles get. */
    static List<Diagnostic> at(List<Diagnostic> diagnostics, int offset, int length) {
        return diagnostics.stream().filter(d -> {
            int start = Math.max(0, Math.min(d.range().startOffset(), length));
            int end = Math.max(start, Math.min(d.range().endOffset(), length));
            if (end == start) {
                start = Math.max(0, Math.min(start, length - 1));
                end = start + 1;
            }
            return offset >= start && offset < end;
        }).collect(Collectors.toList());
    }

    Popup popup() {
        return popup;
    }
}
