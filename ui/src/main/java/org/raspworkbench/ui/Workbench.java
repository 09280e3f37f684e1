package org.raspworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.raspworkbench.core.syntax.SurfaceSyntax;
import org.raspworkbench.ui.compile.CompilationService;
import org.raspworkbench.ui.compile.Engine;
import org.raspworkbench.ui.debugger.DebuggerController;
import org.raspworkbench.ui.editor.EditorModel;
import org.raspworkbench.ui.editor.EditorPane;
import org.raspworkbench.ui.editor.Tokenizer;
import org.raspworkbench.ui.files.Autosave;
import org.raspworkbench.ui.files.AutosaveStore;
import org.raspworkbench.ui.files.DocumentModel;
import org.raspworkbench.ui.files.DocumentText;
import org.raspworkbench.ui.files.FileActions;
import org.raspworkbench.ui.files.FileDialogs;
import org.raspworkbench.ui.files.FileIo;
import org.raspworkbench.ui.files.RecentFiles;
import org.raspworkbench.ui.files.Recovery;
import org.raspworkbench.ui.files.StateFolder;
import org.raspworkbench.ui.files.Sample;
import org.raspworkbench.ui.files.SampleCatalog;
import org.raspworkbench.ui.startup.StartupClock;
import org.raspworkbench.ui.startup.StartupProbe;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.theme.ThemeManager;
import org.raspworkbench.ui.theme.ThemePreference;
import org.raspworkbench.core.source.InternalErrors;
import org.raspworkbench.ui.startup.UncaughtErrors;
import org.raspworkbench.ui.window.AboutDialog;
import org.raspworkbench.ui.window.ExportDialogs;
import org.raspworkbench.ui.window.Notices;
import org.raspworkbench.ui.window.ExportFolders;
import org.raspworkbench.ui.window.FxExportDialogs;
import org.raspworkbench.ui.window.FxFileDialogs;
import org.raspworkbench.ui.window.FxWeightsExportDialogs;
import org.raspworkbench.ui.window.MainWindow;
import org.raspworkbench.ui.window.OwnedDialogs;
import org.raspworkbench.ui.window.WindowGeometry;
import org.raspworkbench.ui.window.WindowGeometryStore;
import org.raspworkbench.ui.window.WindowGeometryTracker;
import org.raspworkbench.ui.window.WeightsExportDialogs;

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
    private final OwnedDialogs owned = new OwnedDialogs(() -> stage);
    private final Path home;
    private final FileDialogs fileDialogs;
    private final AutosaveStore autosaves;
    private final Autosave autosave;
    private Optional<WindowGeometryTracker> geometry = Optional.empty();

    /** The real JavaFX dialogs, owned by the window; session state (autosaves) in {@code home/state}. */
    public Workbench(Engine engine, Tokenizer tokenizer, Path home) {
        this(engine, tokenizer, home, home.resolve("state"), Optional.empty(), Optional.empty());
    }

    /** Settings in {@code home}, autosaved text in {@code stateFolder} (see {@link StateFolder}). */
    public Workbench(Engine engine, Tokenizer tokenizer, Path home, Path stateFolder) {
        this(engine, tokenizer, home, stateFolder, Optional.empty(), Optional.empty());
    }

    /** Empty dialogs mean the real JavaFX ones; tests script them. */
    public Workbench(Engine engine, Tokenizer tokenizer, Path home, Optional<FileDialogs> dialogs,
                     Optional<ExportDialogs> exportDialogs) {
        this(engine, tokenizer, home, home.resolve("state"), dialogs, exportDialogs, Optional.empty());
    }

    public Workbench(Engine engine, Tokenizer tokenizer, Path home, Path stateFolder, Optional<FileDialogs> dialogs,
                     Optional<ExportDialogs> exportDialogs) {
        this(engine, tokenizer, home, stateFolder, dialogs, exportDialogs, Optional.empty());
    }

    /** As above, with the weights export's dialogs too. */
    public Workbench(Engine engine, Tokenizer tokenizer, Path home, Optional<FileDialogs> dialogs,
                     Optional<ExportDialogs> exportDialogs, Optional<WeightsExportDialogs> weightsDialogs) {
        this(engine, tokenizer, home, home.resolve("state"), dialogs, exportDialogs, weightsDialogs);
    }

    public Workbench(Engine engine, Tokenizer tokenizer, Path home, Path stateFolder, Optional<FileDialogs> dialogs,
                     Optional<ExportDialogs> exportDialogs, Optional<WeightsExportDialogs> weightsDialogs) {
        this.home = home;
        recent = new RecentFiles(home, io, fxThread);
        compilation = new CompilationService(engine, state, fxThread);
        editor = new EditorPane(new EditorModel(state.debugger().breakpointLines()), tokenizer);
        document = new DocumentModel(editor.textProperty());
        // The document's name says its syntax: a .py file is Tracr Python, coloured and compiled as such.
        compilation.syntaxFrom(() -> SurfaceSyntax.of(document.nameProperty().get()));
        document.nameProperty().addListener((obs, was, now) -> {
            editor.setSyntax(SurfaceSyntax.of(now));
            // Saved under the other extension: the same text now means another program
            if (SurfaceSyntax.of(was) != SurfaceSyntax.of(now)) compilation.recompile(editor.getText());
        });
        editor.setSyntax(SurfaceSyntax.of(document.nameProperty().get()));
        fileDialogs = dialogs.orElseGet(() -> new FxFileDialogs(owned));
        files = new FileActions(document, new EditorText(editor), io, recent, fileDialogs, fxThread, this::documentOpened);
        autosaves = new AutosaveStore(stateFolder);
        autosave = new Autosave(autosaves, document, editor::getText, io.executor(), fxThread);
        autosave.start();
        debugger = new DebuggerController(state);
        // One remembered export folder for figures and weights, so each starts where the other went.
        ExportFolders exportFolders = new ExportFolders(home, io.executor());
        exportFolders.load();
        window = new MainWindow(new MainWindow.Parts(state, editor, files, debugger, theme, recent.files(), samples,
                document.nameProperty(), exportDialogs.orElseGet(() -> new FxExportDialogs(owned, exportFolders, document::file)),
                weightsDialogs.orElseGet(() -> new FxWeightsExportDialogs(owned, exportFolders, document::file)),
                io.executor(), this::quit));
        window.menuBar().getMenus().add(AboutDialog.helpMenu(owned, home, stateFolder, InternalErrors.logLocation()));
        compilation.watch(editor.textProperty());
        ThemePreference preference = new ThemePreference(home, io.executor());
        preference.load().thenAcceptAsync(saved -> saved.ifPresent(theme.themeProperty()::set), fxThread)
                .thenRun(() -> Platform.runLater(() ->
                        theme.themeProperty().addListener((obs, was, now) -> preference.save(now))));
    }

    /** A document replaced the editor's text: forget the previous one's state, then compile. */
    private void documentOpened(String text) {
        state.startDocument();
        compilation.compileNewDocument(text);
    }

    /** Every dialog of the window goes through here (see {@link OwnedDialogs} for why). */
    public OwnedDialogs dialogs() {
        return owned;
    }

    /** A scene holding the window, styled by the theme manager. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(window.root(), width, height);
        theme.manage(scene);
        return scene;
    }

    /** Reports to {@code clock} when the window, the highlighted text and the first model reach the screen. */
    public void watchStartup(Scene scene, StartupClock clock) {
        new StartupProbe(scene, clock, editor.highlightedProperty(), editor.textProperty(),
                () -> state.shownDigest().isPresent() && state.traceDigest().isPresent()).start();
    }

    /** Reads the saved window geometry; call before the window exists, off the FX thread. */
    public static Optional<WindowGeometry> savedGeometry(Path home) {
        return new WindowGeometryStore(home, Runnable::run).read();
    }

    /**
     * Sizes and places {@code stage} (not yet shown) from {@code saved} onto {@code screens}' usable
     * areas, primary first, and remembers its geometry from then on.
     */
    public void placeWindow(Stage stage, Optional<WindowGeometry> saved, List<Rectangle2D> screens) {
        geometry = Optional.of(WindowGeometryTracker.place(stage, new WindowGeometryStore(home, io.executor()), saved,
                screens));
    }

    /** Puts the window on {@code stage}: title, icons, close handling. */
    public void attach(Stage stage) {
        this.stage = stage;
        UncaughtErrors handler = UncaughtErrors.install(text -> Platform.runLater(() -> Notices.show(stage, text)));
        // Set on the FX thread as well, in case the toolkit gave it a handler of its own.
        Thread.currentThread().setUncaughtExceptionHandler(handler);
        stage.titleProperty().bind(document.titleProperty());
        ThemeManager.setWindowIcons(stage);
        // Back from another program, which may have edited the open file.
        stage.focusedProperty().addListener((obs, was, now) -> {
            if (now) files.checkDisk();
        });
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
        // The file first: the file thread reads in order, and the samples menu can wait.
        CompletableFuture<Boolean> opened = file.isPresent()
                ? files.openFile(file.get()).thenCombine(recent.load(), (ok, r) -> ok)
                : recent.load().thenCompose(r -> r.isEmpty() ? CompletableFuture.completedFuture(false) : files.reopen(r.get(0)));
        CompletableFuture<List<Sample>> loadedSamples = io.async(SampleCatalog::load)
                .thenApplyAsync(list -> {
                    samples.setAll(list);
                    return list;
                }, fxThread);
        return opened.thenCombineAsync(loadedSamples, (ok, list) -> {
            if (!ok) {
                list.stream().filter(s -> s.fileName().equals(SampleCatalog.FIRST_SAMPLE)).findFirst()
                        .or(() -> list.stream().findFirst())
                        .ifPresent(files::openSample);
            }
            return null;
        }, fxThread).thenCompose(v -> Recovery.offer(autosaves, io, fileDialogs, files, autosave, fxThread));
    }

    /** Closes the window once unsaved changes are dealt with. */
    public void quit() {
        files.whenUnsavedHandled(() -> {
            // Saved or discarded by the user's choice: nothing left to recover.
            autosave.discard();
            if (stage != null) stage.close();
            close();
        });
    }

    @Override
    public void close() {
        geometry.ifPresent(WindowGeometryTracker::stop);
        geometry = Optional.empty();
        autosave.close();
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
