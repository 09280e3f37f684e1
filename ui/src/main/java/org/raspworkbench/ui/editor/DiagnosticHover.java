package org.raspworkbench.ui.editor;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.raspworkbench.core.source.Diagnostic;

/**
 * Shows the messages of the diagnostics under the mouse after a short rest. A tooltip rather than
 * a bare popup: it is styled through its owner, so it follows the theme.
 */
final class DiagnosticHover {
    private final Tooltip tip = new Tooltip();

    DiagnosticHover(CodeArea area, EditorModel model) {
        tip.getStyleClass().add("diagnostic-popup");
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            List<Diagnostic> here = at(model.diagnostics(), e.getCharacterIndex(), area.getLength());
            if (here.isEmpty()) return;
            tip.setText(here.stream().map(DiagnosticHover::describe).collect(Collectors.joining("\n")));
            tip.getStyleClass().removeAll("error", "warning");
            tip.getStyleClass().add(here.stream().anyMatch(Diagnostic::isError) ? "error" : "warning");
            Point2D pos = e.getScreenPosition();
            tip.show(area, pos.getX(), pos.getY() + 14);
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tip.hide());
    }

    static String describe(Diagnostic d) {
        return d.severity().name().toLowerCase(java.util.Locale.ROOT) + " (" + d.kind().label() + "): " + d.message();
    }

    /** The diagnostics whose underline covers {@code offset}, with the same clipping the squiggles get. */
    static List<Diagnostic> at(List<Diagnostic> diagnostics, int offset, int length) {
        return diagnostics.stream().filter(d -> !d.range().isNone()).filter(d -> {
            int start = Math.max(0, Math.min(d.range().startOffset(), length));
            int end = Math.max(start, Math.min(d.range().endOffset(), length));
            if (end == start) {
                start = Math.max(0, Math.min(start, length - 1));
                end = start + 1;
            }
            return offset >= start && offset < end;
        }).collect(Collectors.toList());
    }

    /** Shown while the mouse rests on an underlined range. */
    Tooltip tooltip() {
        return tip;
    }
}
