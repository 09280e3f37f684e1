package org.raspworkbench.ui.views.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.Optional;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.ui.figures.ColorMap;
import org.raspworkbench.ui.figures.Figure;
import org.raspworkbench.ui.figures.Scale;
import org.raspworkbench.ui.views.LengthFixture;
import org.raspworkbench.ui.views.data.TraceDigest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * sat3's {@code target_pos_selector_width_attn_output} holds -2.2e-8 after its attention: the view
 * must keep the sequential map and a range from 0, whatever range choice, and draw the noise as zero.
 */
@ExtendWith(ApplicationExtension.class)
class HeatmapNoiseColourTest {
    private final LengthFixture f = new LengthFixture();
    private HeatmapView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new HeatmapView(new SimpleObjectProperty<SOp>());
        view.modelProperty().set(f.model());
        view.traceProperty().set(withNoise(f.trace()));
        view.programNameProperty().set("length");
        stage.setScene(new Scene(view, 760, 520));
        stage.show();
    }

    private TraceDigest withNoise(TraceDigest t) {
        double[][][] snaps = new double[t.snapshots().length][][];
        for (int k = 0; k < snaps.length; k++) {
            snaps[k] = new double[t.snapshots()[k].length][];
            for (int p = 0; p < snaps[k].length; p++) snaps[k][p] = t.snapshots()[k][p].clone();
        }
        int column = f.column("length", IntValue.of(2));
        for (int k = 1; k < snaps.length; k++) snaps[k][0][column] = -2.2e-8;
        return new TraceDigest(t.tokens(), snaps, t.attention(), t.expected());
    }

    @Test
    void floatNoiseKeepsTheSequentialMapFromZero(FxRobot robot) {
        for (RangeChoice range : RangeChoice.values()) {
            robot.interact(() -> {
                view.viewModel().rangeProperty().set(range);
                view.snapshotIndexProperty().set(2);
            });
            Scale s = view.currentFigure().map(Figure::scale).orElseThrow();
            assertThat(s.map()).as(range.label()).isEqualTo(ColorMap.VIRIDIS);
            assertThat(s.min()).as(range.label()).isZero();
            assertThat(s.color(-2.2e-8)).isEqualTo(s.color(0));
        }
        robot.interact(() -> view.viewModel().stripProperty().set(true));
        assertThat(view.currentFigure().map(Figure::scale).orElseThrow().map()).isEqualTo(ColorMap.VIRIDIS);
        // A map the user picks is kept; noise does not stretch a diverging range either.
        robot.interact(() -> {
            view.viewModel().rangeProperty().set(RangeChoice.ALL_SNAPSHOTS);
            view.viewModel().colorMapProperty().set(Optional.of(ColorMap.RDBU));
        });
        Scale rdbu = view.currentFigure().map(Figure::scale).orElseThrow();
        assertThat(rdbu.map()).isEqualTo(ColorMap.RDBU);
        assertThat(rdbu.max()).isEqualTo(1);
    }
}
