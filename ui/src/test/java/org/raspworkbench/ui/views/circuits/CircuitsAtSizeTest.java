package org.raspworkbench.ui.views.circuits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.core.circuits.HeadGrids;
import org.raspworkbench.core.circuits.MlpTable;
import org.raspworkbench.ui.figures.CircuitGrid;
import org.raspworkbench.ui.views.canvas.ScrollingFigure;
import org.raspworkbench.ui.testing.RecordingEngine;
import org.raspworkbench.ui.testing.SortPrograms;
import org.raspworkbench.ui.testing.WorkbenchFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The circuits tab at a real size: sort with repeats at n = 64, whose first MLP tabulates 4096
 * key pairs. The table must be drawn in images a GPU can hold (the one 52,000-pixel image came out
 * blank on the real window), and the attribution must not sit below the whole table.
 */
@ExtendWith(ApplicationExtension.class)
class CircuitsAtSizeTest {
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
    void aTableOfThousandsOfRowsIsDrawnInTexturesAGpuHoldsAndTheAttributionStaysInView(FxRobot robot) {
        fx.load(robot, SortPrograms.withRepeats(64));
        waitUntil(() -> fx.workbench.state().traceDigest().isPresent() && fx.workbench.state().shownProgram().isPresent());
        robot.interact(() -> {
            TabPane tabs = fx.workbench.window().views();
            Tab tab = tabs.getTabs().stream().filter(t -> "tab-circuits".equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(tab);
        });
        CircuitsView view = robot.lookup("#circuits-view").queryAs(CircuitsView.class);
        waitUntil(() -> view.model().currentGrids().isPresent() && view.model().currentAttribution().isPresent());
        MlpTable keys = view.model().currentGrids().orElseThrow().mlps().stream()
                .filter(t -> t.sop().name().equals("keys")).findFirst().orElseThrow();
        assertThat(keys.rows()).hasSizeGreaterThanOrEqualTo(4096);
        robot.interact(() -> view.mlps().setValue(keys));
        Node table = robot.lookup("#circuits-table").query();
        Node chart = robot.lookup("#circuits-attribution").query();
        waitUntil(() -> !images(table).isEmpty() && !images(chart).isEmpty());

        List<ImageView> strips = images(table);
        double drawn = 0;
        for (ImageView v : strips) {
            assertThat(v.getImage().getHeight()).as("one texture's height").isLessThanOrEqualTo(4096);
            assertThat(v.getImage().getWidth()).isLessThanOrEqualTo(4096);
            drawn += v.getImage().getHeight();
        }
        assertThat(drawn).as("the strips hold the whole table").isGreaterThan(keys.rows().size() * 4.0);

        // The chart is as wide as its bars, not as its title: a 64-token input spelled out in the
        // title made it 2,000 px wide, and the whole tab scrolled sideways with the OV grid cut off.
        var chartFigure = view.shownAttribution().orElseThrow();
        assertThat(org.raspworkbench.ui.figures.ChartRenderer.preferredSize(chartFigure).width).isLessThan(900);
        assertThat(chartFigure.title()).contains("64 tokens");

        // The table scrolls in a box of its own: the attribution chart sits beside it or just below,
        // not after 4096 rows.
        Node scroller = robot.lookup("#circuits-table-scroll").query();
        Bounds box = fx(() -> scroller.localToScene(scroller.getBoundsInLocal()));
        Bounds attribution = fx(() -> chart.localToScene(chart.getBoundsInLocal()));
        assertThat(box.getHeight()).isLessThan(1000);
        assertThat(attribution.getMinY()).isLessThan(box.getMaxY() + 200);
    }

    @Test
    void theQkGridOfAThousandKeysZoomsFitsAndPaintsTheRightCellsAtItsBottomRightEnd(FxRobot robot) {
        fx.load(robot, SortPrograms.withRepeats(32));
        waitUntil(() -> fx.workbench.state().traceDigest().isPresent() && fx.workbench.state().shownProgram().isPresent());
        robot.interact(() -> {
            TabPane tabs = fx.workbench.window().views();
            Tab tab = tabs.getTabs().stream().filter(t -> "tab-circuits".equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(tab);
        });
        CircuitsView view = robot.lookup("#circuits-view").queryAs(CircuitsView.class);
        waitUntil(() -> view.model().currentGrids().isPresent());
        HeadGrids width = view.model().currentGrids().orElseThrow().heads().stream()
                .max(java.util.Comparator.comparingInt(h -> h.qk().queries().size())).orElseThrow();
        assertThat(width.qk().queries()).hasSizeGreaterThanOrEqualTo(1024);
        robot.interact(() -> view.heads().setValue(width));
        ScrollingFigure qk = view.qkDrawing();
        waitUntil(() -> qk.figureProperty().get() instanceof CircuitGrid g && g.rows().size() == width.qk().queries().size());

        // Fit shows the whole grid in the card; 100% is the natural cell.
        robot.interact(() -> robot.lookup("#circuits-qk-fit").queryButton().fire());
        assertThat(qk.effectiveZoom()).isLessThan(1);
        robot.interact(() -> robot.lookup("#circuits-qk-actual-size").queryButton().fire());
        assertThat(qk.effectiveZoom()).isEqualTo(1.0);

        // Zoomed in as far as it goes, scrolled to the last query and the last key.
        robot.interact(() -> {
            for (int i = 0; i < 30; i++) qk.zoomBy(1.25, 0, 0);
            qk.setVvalue(1);
            qk.setHvalue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        CircuitGrid grid = (CircuitGrid) qk.figureProperty().get();
        javafx.scene.canvas.Canvas cells = (javafx.scene.canvas.Canvas) qk.canvas();
        javafx.scene.image.WritableImage shot = fx(() -> cells.snapshot(null, null));
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        int checked = 0;
        int wrong = 0;
        boolean sawLastRow = false;
        boolean sawLastColumn = false;
        // Cell centres (a point whose neighbours 3 px away lie in the same cell), read in one go.
        List<int[]> centres = fx(() -> {
            List<int[]> out = new java.util.ArrayList<>();
            for (int y = 3; y < h - 3; y += 3) {
                for (int x = 3; x < w - 3; x += 3) {
                    var hit = qk.hit(x + 0.5, y + 0.5);
                    if (hit.isEmpty() || hit.get().kind() != org.raspworkbench.ui.figures.HitKind.CELL) continue;
                    if (!sameCell(hit, qk.hit(x - 2.5, y + 0.5)) || !sameCell(hit, qk.hit(x + 3.5, y + 0.5))
                            || !sameCell(hit, qk.hit(x + 0.5, y - 2.5)) || !sameCell(hit, qk.hit(x + 0.5, y + 3.5))) continue;
                    out.add(new int[] {x, y, hit.get().row(), hit.get().column()});
                }
            }
            return out;
        });
        for (int[] p : centres) {
            int r = p[2];
            int c = p[3];
            sawLastRow |= r >= grid.rows().size() - 2;
            sawLastColumn |= c >= grid.columns().size() - 2;
            int expected = grid.scale().color(grid.cells()[r][c]).getRGB() & 0xFFFFFF;
            int actual = shot.getPixelReader().getArgb(p[0], p[1]) & 0xFFFFFF;
            checked++;
            if (!close(expected, actual)) wrong++;
        }
        // The bottom-right pixel is the last query's cell for the last key (the scroll reached the end).
        var corner = fx(() -> qk.hit(w - 0.5, h - 0.5)).orElseThrow();
        assertThat(corner.row()).isEqualTo(grid.rows().size() - 1);
        assertThat(corner.column()).isEqualTo(grid.columns().size() - 1);
        assertThat(sawLastRow && sawLastColumn).as("cells of the last rows and columns checked").isTrue();
        assertThat(checked).isGreaterThan(100);
        assertThat(wrong).as("cells painted in another cell's colour, of " + checked).isZero();
    }

    private static boolean sameCell(java.util.Optional<org.raspworkbench.ui.figures.CellHit> a,
                                    java.util.Optional<org.raspworkbench.ui.figures.CellHit> b) {
        return b.isPresent() && b.get().kind() == a.get().kind() && b.get().row() == a.get().row()
                && b.get().column() == a.get().column();
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 2) return false;
        }
        return true;
    }

    private static List<ImageView> images(Node root) {
        return root.lookupAll("*").stream().filter(n -> n instanceof ImageView v && v.getImage() != null)
                .map(n -> (ImageView) n).toList();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
