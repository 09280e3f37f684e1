package org.raspworkbench.ui.window;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.raspworkbench.ui.debugger.DebuggerController;
import org.raspworkbench.ui.editor.EditorPane;
import org.raspworkbench.ui.files.FileActions;
import org.raspworkbench.ui.files.DocumentModel;
import org.raspworkbench.ui.files.Sample;
import org.raspworkbench.ui.theme.IconButtons;
import org.raspworkbench.ui.theme.ThemeManager;

/** The menu bar and the tool bar; every item calls a controller, none holds logic of its own. */
final class WorkbenchMenus {
    private final FileActions files;
    private final EditorPane editor;
    private final DebuggerController debugger;
    private final ThemeManager theme;
    private final FigureExportActions exports;
    private final WeightsExportActions weights;
    private final Runnable quit;
    private final Runnable verify;

    WorkbenchMenus(FileActions files, EditorPane editor, DebuggerController debugger, ThemeManager theme,
                   FigureExportActions exports, WeightsExportActions weights, Runnable quit, Runnable verify) {
        this.weights = weights;
        this.verify = verify;
        this.files = files;
        this.editor = editor;
        this.debugger = debugger;
        this.theme = theme;
        this.exports = exports;
        this.quit = quit;
    }

    MenuBar menuBar(ObservableList<Path> recent, ObservableList<Sample> samples) {
        Menu recentMenu = new Menu("Open Recent");
        recentMenu.setId("menu-recent");
        fill(recentMenu, recent, () -> recent.forEach(p -> recentMenu.getItems().add(
                literal(item(p.getFileName() + "  —  " + p.getParent(), null, null, e -> files.openRecent(p))))));
        Menu samplesMenu = new Menu("Samples");
        samplesMenu.setId("menu-samples");
        // .rasp samples first, then (after a separator) the Tracr Python ones, shown with their .py
        fill(samplesMenu, samples, () -> {
            for (boolean python : new boolean[] {false, true}) {
                boolean first = true;
                for (Sample s : samples) {
                    if (s.fileName().endsWith(DocumentModel.PYTHON_EXTENSION) != python) continue;
                    if (python && first && !samplesMenu.getItems().isEmpty()) {
                        samplesMenu.getItems().add(new SeparatorMenuItem());
                    }
                    first = false;
                    MenuItem i = literal(item(s.title(), null, null, e -> files.openSample(s)));
                    i.setId("sample-" + s.title());
                    samplesMenu.getItems().add(i);
                }
            }
        });
        Menu file = new Menu("File", null,
                item("New", Feather.FILE_PLUS, shortcut(KeyCode.N), e -> files.newDocument()),
                item("Open…", Feather.FOLDER, shortcut(KeyCode.O), e -> files.open()),
                recentMenu,
                samplesMenu,
                new SeparatorMenuItem(),
                item("Save", Feather.SAVE, shortcut(KeyCode.S), e -> files.save()),
                item("Save As…", null, new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        e -> files.saveAs()),
                new SeparatorMenuItem(),
                exportMenu(),
                weightsItem(),
                new SeparatorMenuItem(),
                item("Quit", Feather.LOG_OUT, shortcut(KeyCode.Q), e -> quit.run()));
        CodeArea area = editor.area();
        MenuItem undo = item("Undo", Feather.ROTATE_CCW, shortcut(KeyCode.Z), e -> area.undo());
        MenuItem redo = item("Redo", Feather.ROTATE_CW,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), e -> area.redo());
        undo.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !area.isUndoAvailable(), area.undoAvailableProperty()));
        redo.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !area.isRedoAvailable(), area.redoAvailableProperty()));
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(),
                item("Cut", Feather.SCISSORS, shortcut(KeyCode.X), e -> area.cut()),
                item("Copy", Feather.COPY, shortcut(KeyCode.C), e -> area.copy()),
                item("Paste", Feather.CLIPBOARD, shortcut(KeyCode.V), e -> area.paste()),
                new SeparatorMenuItem(),
                item("Find…", Feather.SEARCH, shortcut(KeyCode.F), e -> editor.showFind()),
                item("Find Next", null, new KeyCodeCombination(KeyCode.F3), e -> editor.findNext()),
                item("Toggle Comment", Feather.HASH, shortcut(KeyCode.SLASH), e -> editor.toggleComment()));
        Menu view = new Menu("View", null,
                item("Toggle Light/Dark Theme", Feather.MOON, new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        e -> theme.toggle()));
        Menu debug = new Menu("Debug", null,
                item("Step Forward", Feather.CHEVRON_RIGHT, new KeyCodeCombination(KeyCode.F10), e -> debugger.stepForward()),
                item("Step Back", Feather.CHEVRON_LEFT, new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN), e -> debugger.stepBack()),
                item("Run to Breakpoint", Feather.PLAY, new KeyCodeCombination(KeyCode.F5), e -> debugger.resume()),
                item("Run to End", Feather.SKIP_FORWARD, new KeyCodeCombination(KeyCode.F5, KeyCombination.SHORTCUT_DOWN), e -> debugger.runToEnd()),
                item("Back to Embeddings", Feather.SKIP_BACK, new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), e -> debugger.restart()),
                new SeparatorMenuItem(),
                item("Toggle Breakpoint on Line", Feather.DISC, new KeyCodeCombination(KeyCode.F9),
                        e -> toggleBreakpointAtCaret()),
                item("Clear Breakpoints", null, null, e -> editor.model().breakpointLines().clear()),
                new SeparatorMenuItem(),
                item("Verify Model Against Program", Feather.CHECK_CIRCLE, new KeyCodeCombination(KeyCode.F6),
                        e -> verify.run()));
        MenuBar bar = new MenuBar(file, edit, view, debug);
        bar.setId("menu-bar");
        return bar;
    }

    private void toggleBreakpointAtCaret() {
        int line = editor.area().getCurrentParagraph() + 1;
        if (editor.model().breakpointLines().contains(line)) editor.model().breakpointLines().remove(line);
        else if (editor.model().breakableLines().contains(line)) editor.model().breakpointLines().add(line);
    }

    /** PNG, SVG or PDF: the format follows the file name chosen. */
    private Menu exportMenu() {
        MenuItem heatmap = item("Residual Heatmap…", Feather.GRID,
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), e -> exports.exportHeatmap());
        heatmap.setId("export-heatmap");
        MenuItem strip = item("All Snapshots (Strip)…", Feather.COLUMNS, null, e -> exports.exportStrip());
        strip.setId("export-strip");
        MenuItem attention = item("Attention Pattern…", Feather.EYE, null, e -> exports.exportAttention());
        attention.setId("export-attention");
        Menu export = new Menu("Export Figure", new FontIcon(Feather.IMAGE), heatmap, strip, attention);
        export.setId("menu-export");
        return export;
    }

    /** TransformerLens/numpy weights of the shown model, written in the background. */
    private MenuItem weightsItem() {
        MenuItem i = item("Export Weights…", Feather.PACKAGE,
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                e -> weights.exportWeights());
        i.setId("export-weights");
        i.disableProperty().bind(weights.availableProperty().not());
        return i;
    }

    ToolBar toolBar() {
        ToolBar bar = new ToolBar(
                tool("tool-new", Feather.FILE_PLUS, "New (Ctrl+N)", files::newDocument),
                tool("tool-open", Feather.FOLDER, "Open (Ctrl+O)", files::open),
                tool("tool-save", Feather.SAVE, "Save (Ctrl+S)", files::save),
                gap(),
                tool("tool-undo", Feather.ROTATE_CCW, "Undo (Ctrl+Z)", editor.area()::undo),
                tool("tool-redo", Feather.ROTATE_CW, "Redo (Ctrl+Shift+Z)", editor.area()::redo),
                tool("tool-find", Feather.SEARCH, "Find (Ctrl+F)", editor::showFind),
                gap(),
                tool("tool-back", Feather.CHEVRON_LEFT, "Step back (Shift+F10)", debugger::stepBack),
                tool("tool-forward", Feather.CHEVRON_RIGHT, "Step forward (F10)", debugger::stepForward),
                tool("tool-run", Feather.PLAY, "Run to breakpoint (F5)", debugger::resume),
                tool("tool-verify", Feather.CHECK_CIRCLE, "Verify the model against the program (F6)", verify),
                gap(),
                tool("tool-theme", Feather.MOON, "Light/dark theme (Ctrl+Shift+T)", theme::toggle));
        bar.getStyleClass().add("workbench-toolbar");
        return bar;
    }

    private static Region gap() {
        Region r = new Region();
        r.setPrefWidth(12);
        return r;
    }

    private static Button tool(String id, Feather icon, String tip, Runnable action) {
        Button b = IconButtons.flat(id, icon, tip, action);
        b.setFocusTraversable(false);
        return b;
    }

    private static <T> void fill(Menu menu, ObservableList<T> source, Runnable rebuild) {
        Runnable refresh = () -> {
            menu.getItems().clear();
            rebuild.run();
            if (menu.getItems().isEmpty()) {
                MenuItem none = new MenuItem("(none)");
                none.setDisable(true);
                menu.getItems().add(none);
            }
        };
        refresh.run();
        source.addListener((ListChangeListener<T>) c -> refresh.run());
    }

    /**
     * An item whose text is a file name, shown as written: with mnemonic parsing on, JavaFX takes
     * the first underscore of {@code count_less_freq} for a mnemonic and shows "countless_freq".
     */
    static MenuItem literal(MenuItem item) {
        item.setMnemonicParsing(false);
        return item;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String text, Feather icon, KeyCombination key, EventHandler<ActionEvent> action) {
        MenuItem i = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (key != null) i.setAccelerator(key);
        i.setOnAction(action);
        return i;
    }
}
