package org.raspworkbench.app.bench;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.raspworkbench.ui.views.ViewInputs;
import org.raspworkbench.ui.views.canvas.ScrollingFigure;
import org.raspworkbench.ui.views.data.Snapshot;
import org.raspworkbench.ui.views.data.StepWrites;
import org.raspworkbench.ui.views.heatmap.HeatmapView;

/**
 * Drives the IDE's real heatmap view headless and times each frame on the JavaFX thread: the
 * event or property change, then CSS, layout and the canvases' painting, which is all the work
 * the thread does before the scene is handed to the renderer. Each action runs once untimed
 * first, so that the timings are of compiled code.
 */
public final class UiBench {
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    /** One wheel notch, as JavaFX reports it on Linux and Windows. */
    static final double NOTCH = 40;

    private UiBench() {
    }

    /** Starts JavaFX on Monocle's headless screen; call before anything touches JavaFX. */
    public static void startHeadless() throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        if (!started.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("JavaFX did not start");
        Platform.setImplicitExit(false);
        runOnFx(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    public static void stop() {
        Platform.exit();
    }

    /** Every action on one program. */
    public static List<UiFrames> measure(String program, ViewInputs inputs) {
        HeatmapView view = onFx(() -> {
            HeatmapView v = new HeatmapView(new javafx.beans.property.SimpleObjectProperty<>());
            v.viewModel().outputProperty().set(inputs.program().output());
            v.programNameProperty().set(program);
            v.modelProperty().set(inputs.model());
            v.traceProperty().set(inputs.trace());
            Stage stage = new Stage();
            stage.setScene(new Scene(v, WIDTH, HEIGHT));
            stage.show();
            return v;
        });
        List<UiFrames> out = new ArrayList<>();
        try {
            out.add(new UiFrames(program, "scroll", twice(view, UiBench::scroll)));
            out.add(new UiFrames(program, "zoom", twice(view, UiBench::zoom)));
            out.add(new UiFrames(program, "step", twice(view, (v, f) -> step(v, inputs, f))));
            out.add(new UiFrames(program, "all_snapshots", twice(view, UiBench::allSnapshots)));
        } finally {
            onFx(() -> {
                ((Stage) view.getScene().getWindow()).close();
                return null;
            });
        }
        return out;
    }

    private interface Action {
        void run(HeatmapView view, List<Double> frames);
    }

    private static double[] twice(HeatmapView view, Action action) {
        action.run(view, new ArrayList<>());
        List<Double> frames = new ArrayList<>();
        action.run(view, frames);
        return frames.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Wheel notches over the cells from the top row to the bottom one. */
    private static void scroll(HeatmapView view, List<Double> frames) {
        ScrollingFigure d = view.drawing();
        frame(view, null, v -> d.setVvalue(0));
        for (int i = 0; i < 100_000 && onFx(() -> d.getVvalue()) < 1; i++) {
            frame(view, frames, v -> wheel(d, -NOTCH, false));
        }
    }

    /** Ctrl+wheel: ten notches in, twenty out, ten in, about the middle of the cells. */
    private static void zoom(HeatmapView view, List<Double> frames) {
        ScrollingFigure d = view.drawing();
        frame(view, null, v -> d.actualSize());
        for (int i = 0; i < 40; i++) {
            double delta = i < 10 || i >= 30 ? NOTCH : -NOTCH;
            frame(view, frames, v -> wheel(d, delta, true));
        }
        frame(view, null, v -> d.zoomProperty().set(Double.NaN));
    }

    /**
     * Every sub-layer in turn, with the directions it wrote, as the debugger's step sets them; three
     * times over, so that a model of three layers still gives a median of more than a handful.
     */
    private static void step(HeatmapView view, ViewInputs inputs, List<Double> frames) {
        int n = inputs.trace().snapshots().length;
        for (int i = 0; i < 3 * n; i++) {
            int k = i % n;
            int index = k;
            frame(view, frames, v -> {
                v.writtenDirectionsProperty().set(StepWrites.writtenAt(inputs.model(), inputs.trace(), new Snapshot(index)));
                v.snapshotIndexProperty().set(index);
            });
        }
    }

    /** Turning "All snapshots" on (timed) and off again (not timed), five times. */
    private static void allSnapshots(HeatmapView view, List<Double> frames) {
        for (int i = 0; i < 5; i++) {
            frame(view, frames, v -> v.viewModel().stripProperty().set(true));
            frame(view, null, v -> v.viewModel().stripProperty().set(false));
        }
    }

    static void wheel(ScrollingFigure d, double deltaY, boolean control) {
        Node cells = d.canvas();
        Bounds b = cells.getLayoutBounds();
        double x = b.getWidth() / 2;
        double y = b.getHeight() / 2;
        javafx.geometry.Point2D scene = cells.localToScene(x, y);
        javafx.geometry.Point2D screen = cells.localToScreen(x, y);
        ScrollEvent e = new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                false, control, false, false, false, false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE,
                0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, new PickResult(cells, scene.getX(), scene.getY()));
        Event.fireEvent(cells, e);
    }

    /** One frame: the change, CSS and layout, timed on the JavaFX thread when {@code frames} is given. */
    private static void frame(HeatmapView view, List<Double> frames, Consumer<HeatmapView> change) {
        double ms = onFx(() -> {
            long t0 = System.nanoTime();
            change.accept(view);
            Parent root = view.getScene().getRoot();
            root.applyCss();
            root.layout();
            return (System.nanoTime() - t0) / 1e6;
        });
        if (frames != null) frames.add(ms);
        // Let a pulse render the frame before the next one, as a user's next event would.
        onFx(() -> null);
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One frame of any view: the change, CSS and layout, timed on the JavaFX thread; then a pulse. */
    static double frame(Parent view, Runnable change) {
        double ms = onFx(() -> {
            long t0 = System.nanoTime();
            change.run();
            Parent root = view.getScene().getRoot();
            root.applyCss();
            root.layout();
            return (System.nanoTime() - t0) / 1e6;
        });
        onFx(() -> null);
        return ms;
    }

    private static void runOnFx(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
    }
}
