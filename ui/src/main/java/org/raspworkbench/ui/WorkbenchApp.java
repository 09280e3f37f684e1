package org.raspworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import org.raspworkbench.ui.compile.CoreEngine;
import org.raspworkbench.ui.editor.LexerTokenizer;
import org.raspworkbench.ui.files.WorkbenchHome;

/** The JavaFX application: one workbench window, opened on the file named in the parameters if any. */
public final class WorkbenchApp extends Application {
    private Workbench workbench;

    @Override
    public void start(Stage stage) {
        workbench = new Workbench(new CoreEngine(), new LexerTokenizer(), WorkbenchHome.folder());
        stage.setScene(workbench.createScene(1440, 900));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        workbench.attach(stage);
        stage.show();
        workbench.openInitial(fileToOpen(getParameters().getRaw()));
    }

    static Optional<Path> fileToOpen(List<String> raw) {
        return raw.stream().filter(a -> !a.startsWith("--")).findFirst().map(Path::of);
    }

    @Override
    public void stop() {
        if (workbench != null) workbench.close();
    }
}
