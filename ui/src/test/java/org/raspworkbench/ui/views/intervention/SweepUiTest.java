package org.raspworkbench.ui.views.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.core.intervention.SweepResult;
import org.raspworkbench.ui.figures.CellHit;
import org.raspworkbench.ui.figures.HitKind;
import org.raspworkbench.ui.figures.PatchSweepGrid;
import org.raspworkbench.ui.testing.RecordingEngine;
import org.raspworkbench.ui.testing.WorkbenchFixture;
import org.raspworkbench.ui.views.Shots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The patch-every-component sweep in the window: run on a clean/corrupted pair, drawn cell by cell. */
@ExtendWith(ApplicationExtension.class)
class SweepUiTest {
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

    private InterventionsModel interventions() {
        return fx.workbench.window().interventions();
    }

    private static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSweepDrawsEveryComponentsEffectInTheColoursOfItsScale(FxRobot robot) throws Exception {
        fx.openSample(robot, "reverse.rasp");
        robot.interact(() -> {
            TabPane tabs = fx.workbench.window().views();
            Tab tab = tabs.getTabs().stream().filter(t -> "tab-interventions".equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(tab);
        });
        robot.clickOn("#corrupted-input").write("\"cbaac\"");
        waitUntil(() -> interventions().corruptedInput().isPresent());
        robot.clickOn("#sweep-run");
        waitUntil(() -> interventions().currentSweep().flatMap(SweepOutcome::result).isPresent());
        SweepPanel panel = robot.lookup("#sweep-view").queryAs(SweepPanel.class);
        waitUntil(() -> panel.figureProperty().get() != null);
        PatchSweepGrid grid = panel.figureProperty().get();
        SweepResult result = interventions().currentSweep().orElseThrow().result().orElseThrow();
        assertThat(grid.effects().length).isEqualTo(result.cells().size());
        // Patching the head that computes the output from "cbaac" into "abcab" changes the output.
        assertThat(result.cells().stream().anyMatch(c -> c.effects().stream().anyMatch(e -> e.changed()))).isTrue();
        robot.interact(() -> panel.drawing().fit());
        WaitForAsyncUtils.waitForFxEvents();

        // Every cell on screen, sampled at its centre, has its value's colour on the figure's scale.
        Node canvas = panel.drawing().canvas();
        Bounds size = fx(canvas::getLayoutBounds);
        Map<String, double[]> centres = new HashMap<>();
        List<CellHit> hits = new ArrayList<>();
        robot.interact(() -> {
            for (double y = 0.5; y < size.getHeight(); y += 1) {
                for (double x = 0.5; x < size.getWidth(); x += 1) {
                    var hit = panel.drawing().hit(x, y);
                    if (hit.isEmpty() || hit.get().kind() != HitKind.CELL) continue;
                    String key = hit.get().row() + ":" + hit.get().column();
                    double[] c = centres.computeIfAbsent(key, k -> {
                        hits.add(hit.get());
                        return new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -1, -1};
                    });
                    c[0] = Math.min(c[0], x);
                    c[1] = Math.min(c[1], y);
                    c[2] = Math.max(c[2], x);
                    c[3] = Math.max(c[3], y);
                }
            }
        });
        Bounds onScreen = fx(() -> canvas.localToScreen(canvas.getBoundsInLocal()));
        PixelReader pixels = robot.capture(onScreen).getImage().getPixelReader();
        robot.interact(() -> Shots.save(panel, "sweep-reverse"));
        int compared = 0;
        int coloured = 0;
        List<String> wrong = new ArrayList<>();
        for (CellHit h : hits) {
            double[] c = centres.get(h.row() + ":" + h.column());
            if (c[2] - c[0] < 4 || c[3] - c[1] < 4) continue;
            Point2D p = fx(() -> canvas.localToScreen((c[0] + c[2]) / 2, (c[1] + c[3]) / 2));
            int shown = pixels.getArgb((int) (p.getX() - onScreen.getMinX()), (int) (p.getY() - onScreen.getMinY()))
                    & 0xFFFFFF;
            double v = grid.effects()[h.row()][h.column()];
            int expected = grid.scale().color(v).getRGB() & 0xFFFFFF;
            compared++;
            if (Math.abs(v) > 1e-3) coloured++;
            if (!close(shown, expected)) wrong.add(h.rowLabel() + " @" + h.columnLabel() + ": " + Integer.toHexString(shown)
                    + " vs " + Integer.toHexString(expected));
        }
        assertThat(compared).as("cells compared").isEqualTo(grid.effects().length * grid.positions().size());
        assertThat(coloured).as("cells with an effect").isGreaterThan(0);
        assertThat(wrong).isEmpty();

        // Export… writes the grid on screen through the figure export dialog.
        Path file = home.resolve("sweep.svg");
        fx.exportDialogs.targets.add(org.raspworkbench.ui.testing.ScriptedExportDialogs.answer(file,
                org.raspworkbench.ui.figures.ExportFormat.SVG, 96));
        robot.clickOn("#sweep-export");
        waitUntil(() -> java.nio.file.Files.exists(file));
        assertThat(java.nio.file.Files.readString(file)).contains("<svg").contains("head L3.H0 reverse")
                .contains("patching");
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 3) return false;
        }
        return true;
    }
}
