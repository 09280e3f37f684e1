package org.raspworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.raspworkbench.ui.compile.CompilationService;
import org.raspworkbench.ui.compile.Engine;
import org.raspworkbench.ui.debugger.DebuggerController;
import org.raspworkbench.ui.editor.EditorModel;
import org.raspworkbench.ui.editor.EditorPane;
import org.raspworkbench.ui.editor.Tokenizer;
import org.raspworkbench.ui.files.DocumentModel;
import org.raspworkbench.ui.files.DocumentText;
import org.raspworkbench.ui.files.FileActions;
import org.raspworkbench.ui.files.FileDialogs;
import org.raspworkbench.ui.files.FileIo;
import org.raspworkbench.ui.files.RecentFiles;
import org.raspworkbench.ui.files.Sample;
import org.raspworkbench.ui.files.SampleCatalog;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.theme.ThemeManager;
import org.raspworkbench.ui.theme.ThemePreference;
import org.raspworkbench.ui.window.ExportDialogs;
import org.raspworkbench.ui.window.FxExportDialogs;
import org.raspworkbench.ui.window.FxFileDialogs;
import org.raspworkbench.ui.window.MainWindow;

/**
 * The composition root: builds the state, the background services, the editor and the window, and
 * wires them. The application creates one per window; tests create one with a stub engine, a
 * temporary home folder and scripted dialogs.
 */
public final class Workbench implements AutoCloseable {
    private final WorkbenchState state = new WorkbenchState();
    private final FileIo io = new FileIo();
    private final RecentFiles recent;
    private final ObservableList<Sample> samples = FXCollections.observableArrayList();
    private final CompilationService compilation;
    private final EditorPane editor;
    private final DocumentModel document;
    private final FileActions files;
    private final DebuggerController debugger;
    private final ThemeManager theme = new ThemeManager();
    private final MainWindow window;
    private final Executor fxThread = Platform::runLater;
    private Stage stage;

    /** The real JavaFX dialogs, owned by the window. */
    public Workbench(Engine engine, Tokenizer tokenizer, Path home) {
        this(engine, tokenizer, home, Optional.empty(), Optional.empty());
    }

    /** Empty dialogs mean the real JavaFX ones; tests script them. */
    public Workbench(Engine engine, Tokenizer tokenizer, Path home, Optional<FileDialogs> dialogs,
                     Optional<ExportDialogs> exportDialogs) {
        recent = new RecentFiles(home, io, fxThread);
        compilation = new CompilationService(engine, state, fxThread);
        editor = new EditorPane(new EditorModel(state.debugger().breakpointLines()), tokenizer);
        document = new DocumentModel(editor.textProperty());
        files = new FileActions(document, new EditorText(editor), io, recent,
                dialogs.orElseGet(() -> new FxFileDialogs(this::owner)), fxThread, compilation::compileNow);
        debugger = new DebuggerController(state);
        window = new MainWindow(new MainWindow.Parts(state, editor, files, debugger, theme, recent.files(), samples,
                document.nameProperty(), exportDialogs.orElseGet(() -> FxExportDialogs.create(this::owner, home, io.executor(), document::file)),
                io.executor(), this::quit));
        compilation.watch(editor.textProperty());
        ThemePreference preference = new ThemePreference(home, io.executor());
        preference.load().thenAcceptAsync(saved -> saved.ifPresent(theme.themeProperty()::set), fxThread)
                .thenRun(() -> Platform.runLater(() ->
                        theme.themeProperty().addListener((obs, was, now) -> preference.save(now))));
    }

    private Window owner() {
        return stage;
    }

    /** A scene holding the window, styled by the theme manager. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(window.root(), width, height);
        theme.manage(scene);
        return scene;
    }

    /** Puts the window on {@code stage}: title, icons, close handling. */
    public void attach(Stage stage) {
        this.stage = stage;
        stage.titleProperty().bind(document.titleProperty());
        ThemeManager.setWindowIcons(stage);
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
    }

    /**
     * Opens the first document: {@code file} if given, else the last file of the previous session,
     * else the first sample. Completes on the FX thread when the text is in the editor.
     */
    public CompletableFuture<Void> openInitial(Optional<Path> file) {
        CompletableFuture<List<Sample>> loadedSamples = io.async(SampleCatalog::load)
                .thenApplyAsync(list -> {
                    samples.setAll(list);
                    return list;
                }, fxThread);
        CompletableFuture<Boolean> opened = file.isPresent()
                ? recent.load().thenCompose(r -> files.openFile(file.get()))
                : recent.load().thenCompose(r -> r.isEmpty() ? CompletableFuture.completedFuture(false) : files.reopen(r.get(0)));
        return opened.thenCombineAsync(loadedSamples, (ok, list) -> {
            if (!ok) {
                list.stream().filter(s -> s.fileName().equals(SampleCatalog.FIRST_SAMPLE)).findFirst()
                        .or(() -> list.stream().findFirst())
                        .ifPresent(files::openSample);
            }
            return null;
        }, fxThread);
    }

    /** Closes the window once unsaved changes are dealt with. */
    public void quit() {
        files.whenUnsavedHandled(() -> {
            if (stage != null) stage.close();
            close();
        });
    }

    @Override
    public void close() {
        compilation.close();
        editor.close();
        io.close();
    }

    public WorkbenchState state() {
        return state;
    }

    public EditorPane editor() {
        return editor;
    }

    public DocumentModel document() {
        return document;
    }

    public FileActions files() {
        return files;
    }

    public DebuggerController debugger() {
        return debugger;
    }

    public ThemeManager theme() {
        return theme;
    }

    public MainWindow window() {
        return window;
    }

    public CompilationService compilation() {
        return compilation;
    }

    public ObservableList<Path> recentFiles() {
        return recent.files();
    }

    public ObservableList<Sample> samples() {
        return samples;
    }

    /** The editor seen as the document text that file actions read and replace. */
    private record EditorText(EditorPane editor) implements DocumentText {
        @Override
        public String text() {
            return editor.getText();
        }

        @Override
        public void replaceDocument(String text) {
            editor.setDocumentText(text);
        }
    }
}
