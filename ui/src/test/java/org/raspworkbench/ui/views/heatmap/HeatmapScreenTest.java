package org.raspworkbench.ui.views.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.raspworkbench.ui.figures.CellHit;
import org.raspworkbench.ui.figures.Figure;
import org.raspworkbench.ui.figures.FigureRenderer;
import org.raspworkbench.ui.figures.Palette;
import org.raspworkbench.ui.views.SampleInputs;
import org.raspworkbench.ui.views.Shots;
import org.raspworkbench.ui.views.ViewInputs;
import org.raspworkbench.ui.views.attention.AttentionView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Big figures on screen: canvases stay the size of the view, and the dark theme darkens only the screen. */
@ExtendWith(ApplicationExtension.class)
class HeatmapScreenTest {
    private static final ViewInputs SORT = SampleInputs.compile(sortAt32());
    private static final double WIDTH = 1000;
    private static final double HEIGHT = 700;
    private Stage stage;
    private HeatmapView view;

    /** Tracr's non-unique sort with vocabulary 1..32 and max_seq_len 32 (1157 directions). */
    static String sortAt32() {
        StringBuilder vocab = new StringBuilder();
        StringBuilder example = new StringBuilder();
        for (int i = 1; i <= 32; i++) {
            vocab.append(i == 1 ? "" : ", ").append(i);
            example.append(i == 1 ? "" : ", ").append(1 + (i * 7) % 32);
        }
        return "set vocab [" + vocab + "];\nset max_seq_len 32;\nset example [" + example + "];\n"
                + "keys = sequence_map(lambda x, i: x + 1 * i / 32, tokens, indices);\n"
                + "smaller = select(keys, keys, <);\ntarget_pos = selector_width(smaller);\n"
                + "sel_new = select(target_pos, indices, ==);\nsort = aggregate(sel_new, tokens);\n";
    }

    @Start
    void start(Stage s) {
        stage = s;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new HeatmapView(new SimpleObjectProperty<>());
        view.modelProperty().set(SORT.model());
        view.traceProperty().set(SORT.trace());
        view.viewModel().outputProperty().set(SORT.program().output());
        s.setScene(new Scene(view, WIDTH, HEIGHT));
        s.show();
    }

    private static void assertNoCanvasLargerThanTheView(Node root) {
        List<Canvas> canvases = new java.util.ArrayList<>();
        collect(root, canvases);
        assertThat(canvases).isNotEmpty();
        for (Canvas c : canvases) {
            assertThat(c.getWidth()).isLessThanOrEqualTo(WIDTH);
            assertThat(c.getHeight()).isLessThanOrEqualTo(HEIGHT);
        }
    }

    private static void collect(Node n, List<Canvas> out) {
        if (n instanceof Canvas c) out.add(c);
        if (n instanceof javafx.scene.Parent p) for (Node child : p.getChildrenUnmodifiable()) collect(child, out);
    }

    @Test
    void everySnapshotOfSortAt32ScrollsOnCanvasesNoLargerThanTheView(FxRobot robot) {
        robot.clickOn("#heatmap-strip");
        Figure strip = view.currentFigure().orElseThrow();
        Dimension full = FigureRenderer.preferredSize(strip);
        assertThat(full.height).isGreaterThan(10 * (int) HEIGHT);
        assertThat(full.width).isGreaterThan((int) WIDTH);
        robot.interact(() -> {
            view.drawing().setVvalue(1);
            view.drawing().setHvalue(1);
        });
        assertNoCanvasLargerThanTheView(view);
        // The bottom-right cell is on screen: the last direction of the last snapshot, last position.
        CellHit corner = lastCell();
        assertThat(corner.panel()).isEqualTo(SORT.trace().snapshots().length - 1);
        assertThat(corner.column()).isEqualTo(SORT.trace().positions() - 1);
        robot.interact(() -> Shots.save(view, "heatmap-sort32-strip-corner"));
        // A step to the first snapshot brings its panel back into view.
        robot.interact(() -> view.snapshotIndexProperty().set(0));
        assertThat(view.drawing().getHvalue()).isZero();
        assertThat(view.currentFigure().orElseThrow()).isInstanceOfSatisfying(
                org.raspworkbench.ui.figures.SnapshotStrip.class, s -> assertThat(s.emphasis().currentPanel()).hasValue(0));
    }

    private CellHit lastCell() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                var b = view.drawing().canvas().getLayoutBounds();
                return view.drawing().hit(b.getWidth() - 2, b.getHeight() - 2).orElseThrow();
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theDarkThemeDrawsTheFigureOnDarkWhileExportsStayWhite(FxRobot robot) {
        Figure figure = view.currentFigure().orElseThrow();
        int light = pixelOfTheTitleStrip(robot);
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            stage.getScene().getRoot().getStyleClass().add("dark");
        });
        WaitForAsyncUtils.waitForFxEvents();
        int dark = pixelOfTheTitleStrip(robot);
        assertThat(light).isEqualTo(0xFFFFFF);
        assertThat(dark).isEqualTo(Palette.DARK.background().getRGB() & 0xFFFFFF);
        robot.interact(() -> Shots.save(view, "heatmap-dark"));
        Dimension d = FigureRenderer.preferredSize(figure);
        BufferedImage image = new BufferedImage(d.width, d.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        FigureRenderer.draw(figure, g, d.width, d.height);
        g.dispose();
        assertThat(image.getRGB(1, 1) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        robot.interact(() -> {
            stage.getScene().getRoot().getStyleClass().remove("dark");
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        });
    }

    /** A pixel of the fixed header, left of the title. */
    private int pixelOfTheTitleStrip(FxRobot robot) {
        try {
            WritableImage shot = WaitForAsyncUtils.asyncFx(() -> view.drawing().snapshot(null, null)).get();
            return shot.getPixelReader().getArgb(2, 2) & 0xFFFFFF;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void attentionPatternsOfALongInputScrollInsideCardsOfBoundedSize(FxRobot robot) {
        AttentionView attention = showAttention(robot);
        assertThat(robot.lookup(".head-card").queryAll()).isNotEmpty();
        robot.interact(() -> {
            List<Canvas> canvases = new java.util.ArrayList<>();
            collect(attention, canvases);
            for (Canvas c : canvases) {
                assertThat(c.getWidth()).isLessThanOrEqualTo(600);
                assertThat(c.getHeight()).isLessThanOrEqualTo(600);
            }
        });
        Figure head = attention.currentFigure().orElseThrow();
        assertThat(FigureRenderer.preferredSize(head).width).isGreaterThan(600);
    }

    private AttentionView showAttention(FxRobot robot) {
        AttentionView[] a = new AttentionView[1];
        robot.interact(() -> {
            a[0] = new AttentionView(new SimpleObjectProperty<>());
            a[0].modelProperty().set(SORT.model());
            a[0].traceProperty().set(SORT.trace());
            stage.setScene(new Scene(a[0], WIDTH, HEIGHT));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return a[0];
    }
}
