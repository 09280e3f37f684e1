package org.raspworkbench.ui.editor;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.EventPattern.keyTyped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.ui.compile.BackgroundThreads;
import org.raspworkbench.ui.compile.LatestOnly;

/**
 * The source editor: a code area in a scroll pane with the find bar below. Tokenizing runs on its
 * own background thread; everything else here is cheap and stays on the FX thread.
 */
public final class EditorPane extends BorderPane implements AutoCloseable {
    private static final Duration RESTYLE_PAUSE = Duration.ofMillis(40);

    private final CodeArea area = new CodeArea();
    private final EditorModel model;
    private final Tokenizer tokenizer;
    private org.raspworkbench.core.syntax.SurfaceSyntax syntax = org.raspworkbench.core.syntax.SurfaceSyntax.RASP;
    private final FindBar findBar;
    private final ExecutorService highlightThread = BackgroundThreads.named("rasp-highlight");
    private final LatestOnly highlighting;
    private final DiagnosticHover hover;
    /** The text {@link #tokens} were computed for; stale tokens are never drawn over other text. */
    private String tokenizedText;
    private List<TokenSpan> tokens = List.of();
    private Optional<BracketMatcher.Pair> bracket = Optional.empty();
    private final javafx.beans.property.ReadOnlyStringWrapper highlighted = new javafx.beans.property.ReadOnlyStringWrapper("");

    public EditorPane(EditorModel model, Tokenizer tokenizer) {
        this(model, tokenizer, Platform::runLater);
    }

    EditorPane(EditorModel model, Tokenizer tokenizer, Executor fxThread) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.highlighting = new LatestOnly(highlightThread, fxThread);
        getStyleClass().add("editor-pane");
        area.setId("source-editor");
        area.getStyleClass().add("rasp-code");
        findBar = new FindBar(area);
        setCenter(new VirtualizedScrollPane<>(area));
        setBottom(findBar);
        hover = new DiagnosticHover(area, model);
        installGutter();
        installBreakpointShifting();
        installHighlighting();
        installKeys();
        area.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && area.getSelection().getLength() == 0) {
                model.clickSource(area.getCaretPosition());
            }
        });
    }

    private void installBreakpointShifting() {
        area.plainTextChanges().subscribe(change -> {
            int removed = newlines(change.getRemoved());
            int added = newlines(change.getInserted());
            if (removed == added || model.breakpointLines().isEmpty()) return;
            var at = area.offsetToPosition(change.getPosition(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
            var moved = BreakpointShift.shift(Set.copyOf(model.breakpointLines()), at.getMajor() + 1, at.getMinor(),
                    removed, added);
            if (!moved.equals(model.breakpointLines())) {
                model.breakpointLines().retainAll(moved);
                model.breakpointLines().addAll(moved);
            }
        });
    }

    private static int newlines(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return n;
    }

    private void installGutter() {
        Runnable refresh = () -> area.setParagraphGraphicFactory(new GutterFactory(area, model));
        refresh.run();
        model.breakpointLines().addListener((SetChangeListener<Integer>) c -> refresh.run());
        model.breakableLines().addListener((SetChangeListener<Integer>) c -> refresh.run());
        // Line numbers widen when the line count gains a digit.
        area.getParagraphs().addListener((ListChangeListener<Object>) c -> {
            int n = area.getParagraphs().size();
            if (String.valueOf(n).length() != String.valueOf(n - 1).length() || n == 100) refresh.run();
        });
    }

    private void installHighlighting() {
        area.multiPlainChanges().successionEnds(RESTYLE_PAUSE).subscribe(changes -> requestTokens());
        area.caretPositionProperty().addListener((obs, was, now) -> updateBracket());
        for (Observable o : List.<Observable>of(model.diagnostics(), model.selectedRanges(), model.stepRanges())) {
            o.addListener(x -> restyle());
        }
    }

    public org.raspworkbench.core.syntax.SurfaceSyntax syntax() {
        return syntax;
    }

    /** The syntax the text is written in (a .py document is Tracr Python): recolours the text. */
    public void setSyntax(org.raspworkbench.core.syntax.SurfaceSyntax syntax) {
        if (syntax == this.syntax) return;
        this.syntax = syntax;
        requestTokens();
    }

    private void requestTokens() {
        // A typing pause may end after the editor was closed.
        if (highlightThread.isShutdown()) return;
        String text = area.getText();
        org.raspworkbench.core.syntax.SurfaceSyntax written = syntax;
        highlighting.submit(() -> tokenizer.tokenize(text, written), result -> {
            tokenizedText = text;
            tokens = result;
            restyle();
            highlighted.set(text);
        }, failure -> { });
    }

    private void updateBracket() {
        Optional<BracketMatcher.Pair> now = BracketMatcher.atCaret(area.getText(), area.getCaretPosition());
        if (now.equals(bracket)) return;
        bracket = now;
        restyle();
    }

    /** Redraws every mark over the current text; cheap next to tokenizing, so done on the FX thread. */
    private void restyle() {
        String text = area.getText();
        List<TokenSpan> marks = new ArrayList<>();
        if (text.equals(tokenizedText)) marks.addAll(tokens);
        for (Diagnostic d : model.diagnostics()) {
            if (d.range().isNone()) continue;
            marks.add(new TokenSpan(d.range().startOffset(), d.range().endOffset(),
                    d.isError() ? "squiggle-error" : "squiggle-warning"));
        }
        addRanges(marks, model.selectedRanges(), "sop-selected");
        addRanges(marks, model.stepRanges(), "sop-step");
        bracket.ifPresent(b -> {
            String cls = b.partner().isPresent() ? "bracket-match" : "bracket-unmatched";
            marks.add(new TokenSpan(b.at(), b.at() + 1, cls));
            b.partner().ifPresent(p -> marks.add(new TokenSpan(p, p + 1, cls)));
        });
        area.setStyleSpans(0, StyleComposer.compose(text.length(), marks));
    }

    private static void addRanges(List<TokenSpan> marks, List<SourceRange> ranges, String cls) {
        for (SourceRange r : ranges) {
            if (!r.isNone()) marks.add(new TokenSpan(r.startOffset(), r.endOffset(), cls));
        }
    }

    private void installKeys() {
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.consume(keyPressed(KeyCode.ENTER), e -> insertNewline()),
                InputMap.consume(keyPressed(KeyCode.TAB), e -> area.replaceSelection(Indentation.UNIT)),
                InputMap.consume(keyPressed(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN), e -> toggleComment()),
                InputMap.consume(keyPressed(KeyCode.F, KeyCombination.SHORTCUT_DOWN), e -> findBar.show()),
                InputMap.consume(keyPressed(KeyCode.F3, KeyCombination.SHIFT_DOWN), e -> findBar.find(false)),
                InputMap.consume(keyPressed(KeyCode.F3), e -> findBar.find(true)),
                InputMap.consume(keyTyped("}"), e -> typeCloser("}")),
                InputMap.consume(keyTyped("]"), e -> typeCloser("]"))));
    }

    private void insertNewline() {
        String text = area.getText();
        int caret = area.getSelection().getStart();
        Indentation.Insert insert = Indentation.newline(text, caret);
        area.replaceSelection(insert.text());
        area.moveTo(caret + insert.caretOffset());
        area.requestFollowCaret();
    }

    private void typeCloser(String closer) {
        int caret = area.getCaretPosition();
        int indent = area.getSelection().getLength() == 0 ? Indentation.dedentForCloser(area.getText(), caret) : -1;
        if (indent < 0) {
            area.replaceSelection(closer);
            return;
        }
        int lineStart = caret - area.getCaretColumn();
        area.replaceText(lineStart, caret, " ".repeat(indent) + closer);
    }

    /** Comments or uncomments the selected lines (Ctrl+/). */
    public void toggleComment() {
        int start = area.getSelection().getStart();
        int end = area.getSelection().getEnd();
        CommentToggle.Edit edit = CommentToggle.toggle(area.getText(), start, end);
        area.replaceText(edit.start(), edit.end(), edit.replacement());
        if (end > start) area.selectRange(edit.start(), edit.start() + edit.replacement().length());
    }

    /** Replaces the whole text (a file was opened): no undo back into the previous file, no old breakpoints. */
    public void setDocumentText(String text) {
        model.breakpointLines().clear();
        area.replaceText(text);
        // A file just opened: colour it now rather than after the typing pause.
        requestTokens();
        area.getUndoManager().forgetHistory();
        area.getUndoManager().mark();
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** Selects a range and scrolls to it (a problem or view item was chosen). */
    public void jumpTo(SourceRange range) {
        if (range.isNone()) return;
        int length = area.getLength();
        int start = Math.max(0, Math.min(range.startOffset(), length));
        int end = Math.max(start, Math.min(range.endOffset(), length));
        area.selectRange(start, end);
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Scrolls so that {@code range} is visible, without moving the caret. */
    public void reveal(SourceRange range) {
        if (range.isNone()) return;
        int paragraph = Math.max(0, Math.min(range.start().line() - 1, area.getParagraphs().size() - 1));
        area.showParagraphInViewport(paragraph);
    }

    /** The text whose syntax colours are on screen (it lags the text while tokenizing). */
    public javafx.beans.property.ReadOnlyStringProperty highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    public ObservableValue<String> textProperty() {
        return area.textProperty();
    }

    public String getText() {
        return area.getText();
    }

    public void showFind() {
        findBar.show();
    }

    public void findNext() {
        findBar.find(true);
    }

    public CodeArea area() {
        return area;
    }

    public EditorModel model() {
        return model;
    }

    @Override
    public void close() {
        highlighting.cancelAll();
        highlightThread.shutdownNow();
        hover.tooltip().hide();
    }
}
