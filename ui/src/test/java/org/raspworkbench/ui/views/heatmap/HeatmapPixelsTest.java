package org.raspworkbench.ui.views.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.raspworkbench.ui.figures.CellHit;
import org.raspworkbench.ui.figures.Figure;
import org.raspworkbench.ui.figures.FigureRenderer;
import org.raspworkbench.ui.figures.HitKind;
import org.raspworkbench.ui.views.SampleInputs;
import org.raspworkbench.ui.views.Shots;
import org.raspworkbench.ui.views.ViewInputs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the heatmap puts on screen, pixel by pixel, against the headless renderer: after scrolling
 * sat3's 127 directions to the bottom, and after switching from sat3 to another program.
 */
@ExtendWith(ApplicationExtension.class)
class HeatmapPixelsTest {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 640;
    private static final ViewInputs SAT3 = SampleInputs.of("sat3_verifier.rasp");
    private static final ViewInputs REVERSE = SampleInputs.of("reverse.rasp");
    private HeatmapView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = show(stage, SAT3);
    }

    private static HeatmapView show(Stage stage, ViewInputs inputs) {
        HeatmapView v = new HeatmapView(new SimpleObjectProperty<>());
        v.modelProperty().set(inputs.model());
        v.traceProperty().set(inputs.trace());
        v.programNameProperty().set("program");
        stage.setScene(new Scene(v, WIDTH, HEIGHT));
        stage.show();
        return v;
    }

    @Test
    void scrolledToTheLastRowEveryVisibleCellHasTheExportersColour(FxRobot robot) {
        // Wheel notches as a user scrolls, each drawn before the next. The old canvas left each
        // frame's translate in its GraphicsContext (FXGraphics2D.dispose re-applies it), so it
        // cleared and clipped the next frame at the previous offset: one jump from the top drew
        // right, a run of notches left copies of one band. Under Monocle robot.scroll left the
        // view at the top, hence the events fired at the drawing.
        int notches = 0;
        while (fx(() -> view.drawing().getVvalue()) < 1.0 && notches < 200) {
            robot.interact(() -> wheelNotchDown(view.drawing().canvas()));
            waitForPulses(2);
            notches++;
        }
        assertThat(notches).as("notches it took to reach the bottom").isGreaterThan(10);
        assertThat(fx(() -> view.drawing().getVvalue())).isEqualTo(1.0);
        // Off the cells, so that no hover tooltip covers them in the screen capture.
        robot.moveTo("#heatmap-status");
        robot.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        Figure figure = view.currentFigure().orElseThrow();
        ExportedCells exported = ExportedCells.of(figure);
        Node canvas = view.drawing().canvas();
        Map<Long, double[]> centres = new LinkedHashMap<>();
        List<CellHit> hits = new ArrayList<>();
        robot.interact(() -> {
            for (double y = 0; y < view.drawing().canvas().getLayoutBounds().getHeight(); y += 2) {
                for (double x = 0; x < view.drawing().canvas().getLayoutBounds().getWidth(); x += 3) {
                    Optional<CellHit> hit = view.drawing().hit(x, y);
                    if (hit.isEmpty() || hit.get().kind() != HitKind.CELL) continue;
                    long key = key(hit.get().panel(), hit.get().row(), hit.get().column());
                    double[] c = centres.get(key);
                    if (c == null) {
                        hits.add(hit.get());
                        c = new double[] {x, y, x, y};
                        centres.put(key, c);
                    }
                    c[0] = Math.min(c[0], x);
                    c[1] = Math.min(c[1], y);
                    c[2] = Math.max(c[2], x);
                    c[3] = Math.max(c[3], y);
                }
            }
        });
        int lastRow = exported.rows() - 1;
        assertThat(hits).as("the last row is on screen").anyMatch(h -> h.row() == lastRow);
        // What the screen shows (Monocle's frame buffer), not a fresh rendering of the nodes.
        Bounds onScreenBounds = fx(() -> view.localToScreen(view.getBoundsInLocal()));
        javafx.scene.image.Image screen = robot.capture(onScreenBounds).getImage();
        robot.interact(() -> Shots.save(view, "heatmap-sat3-bottom"));
        PixelReader pixels = screen.getPixelReader();
        List<String> wrong = new ArrayList<>();
        int compared = 0;
        for (CellHit h : hits) {
            double[] c = centres.get(key(h.panel(), h.row(), h.column()));
            if (c[2] - c[0] < 4 || c[3] - c[1] < 4) continue; // cut by the viewport's edge
            Point2D p = fx(() -> canvas.localToScreen((c[0] + c[2]) / 2, (c[1] + c[3]) / 2));
            int onScreen = pixels.getArgb((int) (p.getX() - onScreenBounds.getMinX()),
                    (int) (p.getY() - onScreenBounds.getMinY())) & 0xFFFFFF;
            int expected = exported.colour(h.row(), h.column());
            compared++;
            if (!close(onScreen, expected)) {
                wrong.add(h.rowLabel() + " @" + h.column() + ": " + Integer.toHexString(onScreen) + " vs "
                        + Integer.toHexString(expected));
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(wrong).as("cells drawn in another colour than the export's").isEmpty();
    }

    @Test
    void afterSwitchingProgramsNothingOfThePreviousOneIsLeft(FxRobot robot) {
        robot.interact(() -> view.drawing().setVvalue(0.6));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            view.modelProperty().set(REVERSE.model());
            view.traceProperty().set(REVERSE.trace());
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage switched = fx(() -> view.drawing().snapshot(null, null));
        robot.interact(() -> Shots.save(view, "heatmap-switched"));
        Stage fresh = fx(() -> new Stage());
        HeatmapView[] other = new HeatmapView[1];
        robot.interact(() -> other[0] = show(fresh, REVERSE));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage expected = fx(() -> other[0].drawing().snapshot(null, null));
        robot.interact(fresh::close);
        assertThat((int) switched.getWidth()).isEqualTo((int) expected.getWidth());
        assertThat((int) switched.getHeight()).isEqualTo((int) expected.getHeight());
        int differing = 0;
        for (int y = 0; y < (int) expected.getHeight(); y++) {
            for (int x = 0; x < (int) expected.getWidth(); x++) {
                int a = switched.getPixelReader().getArgb(x, y) & 0xFFFFFF;
                int b = expected.getPixelReader().getArgb(x, y) & 0xFFFFFF;
                if (!close(a, b)) differing++;
            }
        }
        assertThat(differing).as("pixels that differ from a fresh view of the new program").isZero();
    }

    /** One notch of a mouse wheel over {@code target}, as GTK reports it (40 px, 3 lines). */
    private static void wheelNotchDown(Node target) {
        Bounds b = target.localToScene(target.getLayoutBounds());
        Point2D screen = target.localToScreen(b.getWidth() / 2, b.getHeight() / 2);
        Event.fireEvent(target, new ScrollEvent(ScrollEvent.SCROLL, b.getCenterX(), b.getCenterY(),
                screen.getX(), screen.getY(), false, false, false, false, false, false, 0, -40, 0, -40,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.LINES, -3, 0, null));
    }

    /** Returns once {@code n} more pulses have started, so that what came before is on screen. */
    private static void waitForPulses(int n) {
        CountDownLatch pulses = new CountDownLatch(n);
        WaitForAsyncUtils.asyncFx(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.countDown();
                if (pulses.getCount() == 0) stop();
            }
        }.start());
        try {
            assertThat(pulses.await(10, TimeUnit.SECONDS)).as("pulses ran").isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static long key(int panel, int row, int column) {
        return ((long) panel << 40) | ((long) row << 20) | column;
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 2) return false;
        }
        return true;
    }

    /** The export at its preferred size and the centre colour of each of its cells (panel 0). */
    record ExportedCells(BufferedImage image, double[] rowCentres, double[] columnCentres) {
        int rows() {
            return rowCentres.length;
        }

        int colour(int row, int column) {
            return image.getRGB((int) columnCentres[column], (int) rowCentres[row]) & 0xFFFFFF;
        }

        static ExportedCells of(Figure figure) {
            Dimension d = FigureRenderer.preferredSize(figure);
            BufferedImage image = new BufferedImage(d.width, d.height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            FigureRenderer.draw(figure, g, d.width, d.height);
            g.dispose();
            double[] anyCell = null;
            for (int y = 0; y < d.height && anyCell == null; y += 3) {
                for (int x = 0; x < d.width && anyCell == null; x += 3) {
                    Optional<CellHit> h = FigureRenderer.hit(figure, d.width, d.height, x + 0.5, y + 0.5);
                    if (h.isPresent() && h.get().kind() == HitKind.CELL && h.get().panel() == 0) {
                        anyCell = new double[] {x + 0.5, y + 0.5};
                    }
                }
            }
            Map<Integer, double[]> rows = new LinkedHashMap<>();
            Map<Integer, double[]> columns = new LinkedHashMap<>();
            for (int y = 0; y < d.height; y++) {
                int yy = y;
                FigureRenderer.hit(figure, d.width, d.height, anyCell[0], y + 0.5)
                        .filter(h -> h.kind() == HitKind.CELL).ifPresent(h -> extend(rows, h.row(), yy + 0.5));
            }
            for (int x = 0; x < d.width; x++) {
                int xx = x;
                FigureRenderer.hit(figure, d.width, d.height, x + 0.5, anyCell[1])
                        .filter(h -> h.kind() == HitKind.CELL && h.panel() == 0)
                        .ifPresent(h -> extend(columns, h.column(), xx + 0.5));
            }
            return new ExportedCells(image, centres(rows), centres(columns));
        }

        private static void extend(Map<Integer, double[]> spans, int index, double at) {
            double[] s = spans.computeIfAbsent(index, k -> new double[] {Double.MAX_VALUE, -Double.MAX_VALUE});
            s[0] = Math.min(s[0], at);
            s[1] = Math.max(s[1], at);
        }

        private static double[] centres(Map<Integer, double[]> spans) {
            double[] out = new double[spans.size()];
            for (Map.Entry<Integer, double[]> e : spans.entrySet()) {
                out[e.getKey()] = (e.getValue()[0] + e.getValue()[1]) / 2;
            }
            return out;
        }
    }
}
