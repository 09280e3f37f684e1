package org.raspworkbench.ui.window;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.ui.debugger.DebuggerController;
import org.raspworkbench.ui.editor.EditorModel;
import org.raspworkbench.ui.editor.EditorPane;
import org.raspworkbench.ui.state.WorkbenchState;

/**
 * Keeps the editor's marks in step with the state, both ways: problems become squiggles, the
 * selected S-op and the debugger's current step are emphasised in the source, S-op lines accept
 * breakpoints, and a click in the source selects the S-op whose text it falls in.
 */
final class EditorStateBinding {
    private EditorStateBinding() {
    }

    static void bind(EditorPane editor, WorkbenchState state, DebuggerController debugger) {
        EditorModel model = editor.model();
        Bindings.bindContent(model.diagnostics(), state.problems());

        state.selectedProperty().addListener((obs, was, now) -> {
            model.selectedRanges().setAll(now == null || now.range().isNone() ? List.of() : List.of(now.range()));
            if (now != null) editor.reveal(now.range());
        });
        model.setOnSourceClicked(offset -> state.selectedProperty().set(nodeAt(state, offset).orElse(null)));

        Runnable step = () -> model.stepRanges().setAll(debugger.nodesOfCurrentStep().stream()
                .map(RaspExpr::range).filter(r -> !r.isNone()).distinct().toList());
        state.debugger().snapshotProperty().addListener((obs, was, now) -> step.run());
        state.shownProperty().addListener((obs, was, now) -> {
            step.run();
            model.breakableLines().clear();
            model.breakableLines().addAll(sopLines(state));
        });
    }

    /** The S-op with the smallest source range that contains {@code offset}: its text or the name assigned to it. */
    static Optional<SOp> nodeAt(WorkbenchState state, int offset) {
        return state.shownProgram().flatMap(p -> p.nodes().stream()
                .filter(n -> n instanceof SOp)
                .map(n -> (SOp) n)
                .flatMap(n -> {
                    // A click just after a name (the caret lands past its last letter) still means the name.
                    SourceRange name = p.origin(n).nameRange();
                    boolean onName = !name.isNone() && name.startOffset() <= offset && offset <= name.endOffset();
                    boolean inText = !n.range().isNone() && n.range().startOffset() <= offset && offset < n.range().endOffset();
                    return onName ? Stream.of(Map.entry(n, length(name)))
                            : inText ? Stream.of(Map.entry(n, length(n.range()))) : Stream.empty();
                })
                .min(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey));
    }

    private static int length(SourceRange r) {
        return r.endOffset() - r.startOffset();
    }

    private static Set<Integer> sopLines(WorkbenchState state) {
        return state.shownProgram().map(p -> p.nodes().stream()
                .filter(n -> n instanceof SOp && !n.range().isNone())
                .map(n -> n.range().start().line())
                .collect(Collectors.toSet())).orElse(Set.of());
    }
}
