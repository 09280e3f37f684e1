package org.raspworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.raspworkbench.ui.startup.StartupClock;
import org.raspworkbench.ui.compile.CoreEngine;
import org.raspworkbench.ui.editor.LexerTokenizer;
import org.raspworkbench.ui.files.StateFolder;
import org.raspworkbench.ui.files.WorkbenchHome;
import org.raspworkbench.ui.window.WindowGeometry;
import org.raspworkbench.ui.window.WindowPlacement;

/** The JavaFX application: one workbench window, opened on the file named in the parameters if any. */
public final class WorkbenchApp extends Application {
    /** The launcher's flag for printing start-up times (see {@link StartupClock}). */
    public static final String TIMINGS_FLAG = "--timings";
    private Workbench workbench;
    private StartupClock clock;
    private Optional<WindowGeometry> savedGeometry = Optional.empty();

    /** Runs on the launcher thread: the one disk read the window needs before it can be shown. */
    @Override
    public void init() {
        // The lexer's first use loads ANTLR and builds its tables; doing it while the window is
        // being built lets the opened file be coloured as soon as its text arrives.
        Thread warm = new Thread(() -> new LexerTokenizer().tokenize(LEXER_WARM_UP), "rasp-warm-lexer");
        warm.setDaemon(true);
        warm.start();
        savedGeometry = Workbench.savedGeometry(WorkbenchHome.folder());
    }

    private static final String LEXER_WARM_UP = "set vocab {1, 2};\n# warm\nx = Map(lambda t: t + 1.5, tokens) == \"a\";\n";

    @Override
    public void start(Stage stage) {
        workbench = new Workbench(new CoreEngine(), new LexerTokenizer(), WorkbenchHome.folder(), StateFolder.folder());
        List<Rectangle2D> screens = new java.util.ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary())).forEach(s -> screens.add(s.getVisualBounds()));
        workbench.placeWindow(stage, savedGeometry, screens);
        Scene scene = workbench.createScene(stage.getWidth(), stage.getHeight());
        if (getParameters().getRaw().contains(TIMINGS_FLAG)) {
            clock = StartupClock.toStderr();
            workbench.watchStartup(scene, clock);
        }
        stage.setScene(scene);
        stage.setMinWidth(Math.min(WindowPlacement.MIN_WIDTH, stage.getWidth()));
        stage.setMinHeight(Math.min(WindowPlacement.MIN_HEIGHT, stage.getHeight()));
        workbench.attach(stage);
        stage.show();
        workbench.openInitial(fileToOpen(getParameters().getRaw()));
    }

    static Optional<Path> fileToOpen(List<String> raw) {
        return raw.stream().filter(a -> !a.startsWith("--")).findFirst().map(Path::of);
    }

    @Override
    public void stop() {
        if (clock != null) clock.finish();
        if (workbench != null) workbench.close();
    }
}
