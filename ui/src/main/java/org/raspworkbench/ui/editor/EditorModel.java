package org.raspworkbench.ui.editor;

import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.SourceRange;

/**
 * What the editor shows besides the text, as observable collections the window fills from the
 * workbench state: diagnostics to underline, ranges to emphasise (the selected S-op, the S-ops of
 * the debugger's current step), breakpoints, and the lines where a breakpoint may go.
 */
public final class EditorModel {
    private final ObservableList<Diagnostic> diagnostics = FXCollections.observableArrayList();
    private final ObservableList<SourceRange> selectedRanges = FXCollections.observableArrayList();
    private final ObservableList<SourceRange> stepRanges = FXCollections.observableArrayList();
    private final ObservableSet<Integer> breakpointLines;
    private final ObservableSet<Integer> breakableLines = FXCollections.observableSet();
    private IntConsumer onSourceClicked = offset -> { };

    /** {@code breakpointLines} is shared with the debugger (1-based line numbers). */
    public EditorModel(ObservableSet<Integer> breakpointLines) {
        this.breakpointLines = breakpointLines;
    }

    public EditorModel() {
        this(FXCollections.observableSet());
    }

    public ObservableList<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public ObservableList<SourceRange> selectedRanges() {
        return selectedRanges;
    }

    public ObservableList<SourceRange> stepRanges() {
        return stepRanges;
    }

    public ObservableSet<Integer> breakpointLines() {
        return breakpointLines;
    }

    /** Lines (1-based) that define at least one S-op: only there may a breakpoint go. */
    public ObservableSet<Integer> breakableLines() {
        return breakableLines;
    }

    /** Called with the char offset the user clicked in the text. */
    public void setOnSourceClicked(IntConsumer handler) {
        onSourceClicked = handler;
    }

    /** Reports a click at {@code offset} in the text (the editor calls it; so may a test). */
    public void clickSource(int offset) {
        onSourceClicked.accept(offset);
    }

    void toggleBreakpoint(int line) {
        if (!breakpointLines.remove(line) && breakableLines.contains(line)) breakpointLines.add(line);
    }
}
