package org.raspworkbench.ui.window;

import java.nio.file.Path;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.raspworkbench.ui.debugger.DebuggerBar;
import org.raspworkbench.ui.debugger.DebuggerController;
import org.raspworkbench.ui.editor.EditorPane;
import org.raspworkbench.ui.files.FileActions;
import org.raspworkbench.ui.files.Sample;
import org.raspworkbench.ui.input.ExampleInputBar;
import org.raspworkbench.ui.problems.ProblemsView;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.theme.ThemeManager;

/**
 * Lays out the window: menus and tool bar on top; on the left the editor above the problems list;
 * on the right the example input and debugger strips above the model views; a status bar below.
 */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final TabPane views;

    public MainWindow(WorkbenchState state, EditorPane editor, FileActions files, DebuggerController debugger,
                      ThemeManager theme, ObservableList<Path> recent, ObservableList<Sample> samples, Runnable quit) {
        root.getStyleClass().add("workbench");
        WorkbenchMenus menus = new WorkbenchMenus(files, editor, debugger, theme, quit);
        root.setTop(new VBox(menus.menuBar(recent, samples), menus.toolBar()));

        ProblemsView problems = new ProblemsView(state.problems(), d -> editor.jumpTo(d.range()));
        SplitPane left = new SplitPane(editor, problems);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.78);

        views = new ModelViews(state).tabs();
        BorderPane right = new BorderPane(views);
        right.setTop(new VBox(new ExampleInputBar(state), new DebuggerBar(state, debugger)));

        SplitPane center = new SplitPane(left, right);
        center.setDividerPositions(0.42);
        root.setCenter(center);
        root.setBottom(new StatusBar(state, editor.area()));
        EditorStateBinding.bind(editor, state, debugger);
    }

    public Parent root() {
        return root;
    }

    /** The tab pane that hosts the model views. */
    public TabPane views() {
        return views;
    }
}
