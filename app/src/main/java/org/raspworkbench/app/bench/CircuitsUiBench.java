package org.raspworkbench.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.raspworkbench.core.circuits.HeadGrids;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.ui.views.ViewInputs;
import org.raspworkbench.ui.views.canvas.ScrollingFigure;
import org.raspworkbench.ui.views.circuits.CircuitsModel;
import org.raspworkbench.ui.views.circuits.CircuitsView;

/**
 * The Circuits tab's frames on the JavaFX thread, headless like {@link UiBench}: choosing each
 * head in turn ({@code circuits_head}: the QK and OV grids and the pattern replaced), and the
 * QK grid scrolled from its top row to its last one ({@code circuits_scroll}). The grids and
 * tables are read off the weights in the background before the timing starts, as the IDE does.
 */
public final class CircuitsUiBench {
    private CircuitsUiBench() {
    }

    public static List<UiFrames> measure(String program, CompiledModel model, ForwardTrace trace, ViewInputs inputs) {
        var background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "bench-circuits", 64L << 20);
            t.setDaemon(true);
            return t;
        });
        try {
            CircuitsView view = UiBench.onFx(() -> {
                CircuitsView v = new CircuitsView(new CircuitsModel(background, Platform::runLater), new SimpleObjectProperty<>());
                v.programNameProperty().set(program);
                v.traceProperty().set(inputs.trace());
                v.model().modelProperty().set(model);
                v.model().runProperty().set(trace);
                Stage stage = new Stage();
                stage.setScene(new Scene(v, UiBench.WIDTH, UiBench.HEIGHT));
                stage.show();
                return v;
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (UiBench.onFx(() -> view.model().currentGrids().isEmpty())) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("the circuits did not arrive");
                sleep();
            }
            List<UiFrames> out = new ArrayList<>();
            try {
                out.add(new UiFrames(program, "circuits_head", twice(() -> heads(view))));
                out.add(new UiFrames(program, "circuits_scroll", twice(() -> scroll(view))));
            } finally {
                UiBench.onFx(() -> {
                    ((Stage) view.getScene().getWindow()).close();
                    return null;
                });
            }
            return out;
        } finally {
            background.shutdownNow();
        }
    }

    private interface Run {
        List<Double> frames();
    }

    private static double[] twice(Run run) {
        run.frames();
        return run.frames().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Every head chosen in turn, three times over (a model of two heads still gives a median). */
    private static List<Double> heads(CircuitsView view) {
        List<HeadGrids> heads = UiBench.onFx(() -> List.copyOf(view.heads().getItems()));
        List<Double> frames = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (HeadGrids h : heads) {
                frames.add(UiBench.frame(view, () -> view.heads().setValue(h)));
                // The grids are built in the background; their arrival is a frame of its own.
                awaitShown(view, h);
                frames.add(UiBench.frame(view, () -> { }));
            }
        }
        return frames;
    }

    /** Wheel notches over the QK grid from its first row to its last, at the zoom where labels are readable. */
    private static List<Double> scroll(CircuitsView view) {
        ScrollingFigure qk = view.qkDrawing();
        List<HeadGrids> heads = UiBench.onFx(() -> List.copyOf(view.heads().getItems()));
        // The head with the most query rows: the selector width's key grid at sort n = 32.
        HeadGrids largest = heads.stream().max(java.util.Comparator.comparingInt(h -> h.qk().queries().size())).orElseThrow();
        UiBench.frame(view, () -> view.heads().setValue(largest));
        awaitShown(view, largest);
        UiBench.frame(view, () -> {
            qk.actualSize();
            qk.setVvalue(0);
        });
        List<Double> frames = new ArrayList<>();
        for (int i = 0; i < 100_000 && UiBench.onFx(qk::getVvalue) < 1; i++) {
            frames.add(UiBench.frame(view, () -> UiBench.wheel(qk, -UiBench.NOTCH, false)));
        }
        return frames;
    }

    private static void awaitShown(CircuitsView view, HeadGrids h) {
        String title = h.name() + ": " + h.sop().name() + " QK";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!UiBench.onFx(() -> view.qkDrawing().figureProperty().get() != null
                && view.qkDrawing().figureProperty().get().title().endsWith(title))) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("the head's grids did not arrive");
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
