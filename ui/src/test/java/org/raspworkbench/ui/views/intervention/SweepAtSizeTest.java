package org.raspworkbench.ui.views.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.ui.figures.HitKind;
import org.raspworkbench.ui.testing.RecordingEngine;
import org.raspworkbench.ui.testing.SortPrograms;
import org.raspworkbench.ui.testing.WorkbenchFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sweep at a real size (sort with repeats at n = 32, 32 output positions): wheel-scrolled to
 * its last position, the line under the grid names the cell now under the pointer, not the one
 * that was there before the scroll.
 */
@ExtendWith(ApplicationExtension.class)
class SweepAtSizeTest {
    @TempDir
    Path home;
    private final RecordingEngine engine = new RecordingEngine();
    private WorkbenchFixture fx;

    @Start
    void start(Stage stage) {
        fx = WorkbenchFixture.realCompiler(stage, engine, home);
    }

    @AfterEach
    void close() throws Exception {
        fx.close(engine);
    }

    @Test
    void scrolledToTheLastPositionTheStatusNamesTheCellUnderThePointer(FxRobot robot) {
        int n = 32;
        fx.load(robot, SortPrograms.withRepeats(n));
        waitUntil(() -> fx.workbench.state().traceDigest().isPresent() && fx.workbench.state().shownProgram().isPresent());
        robot.interact(() -> {
            TabPane tabs = fx.workbench.window().views();
            Tab tab = tabs.getTabs().stream().filter(t -> "tab-interventions".equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(tab);
        });
        String corrupted = IntStream.range(0, n).mapToObj(i -> String.valueOf((i * 5) % n + 1)).collect(Collectors.joining(", "));
        robot.interact(() -> fx.workbench.window().interventions().corruptedInputProperty().set("[" + corrupted + "]"));
        waitUntil(() -> fx.workbench.window().interventions().corruptedInput().isPresent());
        robot.clickOn("#sweep-run");
        SweepPanel panel = robot.lookup("#sweep-view").queryAs(SweepPanel.class);
        waitUntil(() -> panel.figureProperty().get() != null);
        assertThat(panel.figureProperty().get().positions()).hasSize(n);

        Node cells = panel.drawing().canvas();
        Bounds size = fx(cells::getLayoutBounds);
        double x = size.getWidth() / 2;
        double y = size.getHeight() / 2;
        robot.interact(() -> fire(cells, MouseEvent.MOUSE_MOVED, x, y));
        String before = fx(() -> robot.lookup("#sweep-status").queryLabeled().getText());
        assertThat(before).startsWith("patch ");
        for (int i = 0; i < 40; i++) robot.interact(() -> wheelRight(cells, x, y));
        assertThat(fx(() -> panel.drawing().getHvalue())).isEqualTo(1.0);
        var now = fx(() -> panel.drawing().hit(x, y)).orElseThrow();
        assertThat(now.kind()).isEqualTo(HitKind.CELL);
        String after = fx(() -> robot.lookup("#sweep-status").queryLabeled().getText());
        assertThat(after).isNotEqualTo(before).contains("position " + now.columnLabel() + ":");
    }

    private static void fire(Node target, javafx.event.EventType<MouseEvent> type, double x, double y) {
        Point2D scene = target.localToScene(x, y);
        Point2D screen = target.localToScreen(x, y);
        Event.fireEvent(target, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null));
    }

    /** Shift + one wheel notch, as GTK reports a sideways scroll. */
    private static void wheelRight(Node target, double x, double y) {
        Point2D scene = target.localToScene(x, y);
        Point2D screen = target.localToScreen(x, y);
        Event.fireEvent(target, new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                true, false, false, false, false, false, 0, -40, 0, -40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.LINES, -3, 0, null));
    }

    private static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
