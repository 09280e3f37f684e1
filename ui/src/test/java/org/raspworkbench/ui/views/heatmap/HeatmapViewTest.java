package org.raspworkbench.ui.views.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.Optional;
import java.util.Set;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.ui.figures.CellHit;
import org.raspworkbench.ui.figures.ColorMap;
import org.raspworkbench.ui.figures.HitKind;
import org.raspworkbench.ui.figures.ResidualHeatmap;
import org.raspworkbench.ui.figures.SnapshotStrip;
import org.raspworkbench.ui.views.LengthFixture;
import org.raspworkbench.ui.views.Shots;
import javafx.scene.Node;
import org.raspworkbench.ui.views.canvas.ScrollingFigure;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class HeatmapViewTest {
    private final LengthFixture f = new LengthFixture();
    private final ObjectProperty<SOp> selection = new SimpleObjectProperty<>();
    private HeatmapView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new HeatmapView(selection);
        view.modelProperty().set(f.model());
        view.traceProperty().set(f.trace());
        view.programNameProperty().set("length");
        stage.setScene(new Scene(view, 760, 520));
        stage.show();
    }

    @Test
    void showsTheChosenSnapshot(FxRobot robot) {
        robot.interact(() -> view.snapshotIndexProperty().set(2));
        ResidualHeatmap h = (ResidualHeatmap) view.currentFigure().orElseThrow();
        assertThat(h.snapshot().name()).isEqualTo("after mlp 0");
        assertThat(h.snapshot().values()[1][f.column("length", IntValue.of(2))]).isEqualTo(1.0);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> combo = robot.lookup("#heatmap-snapshot").queryAs(ComboBox.class);
        assertThat(combo.getValue()).isEqualTo(2);
        robot.interact(() -> combo.setValue(1));
        assertThat(view.snapshotIndexProperty().get()).isEqualTo(1);
        assertThat(((ResidualHeatmap) view.currentFigure().orElseThrow()).snapshot().name()).isEqualTo("after attn 0");
    }

    @Test
    void emphasisesWrittenDirectionsAndTheSelection(FxRobot robot) {
        robot.interact(() -> {
            view.snapshotIndexProperty().set(2);
            view.writtenDirectionsProperty().set(Set.of(new BasisDirection("length", IntValue.of(2))));
            selection.set(f.half);
        });
        ResidualHeatmap h = (ResidualHeatmap) view.currentFigure().orElseThrow();
        assertThat(h.emphasis().selectedSop()).contains("half");
        assertThat(h.emphasis().writtenDirections()).containsExactly(f.column("length", IntValue.of(2)));
        robot.interact(() -> Shots.save(view, "heatmap"));
    }

    @Test
    void hoverNamesTheCellAndClickSelectsItsGroup(FxRobot robot) {
        robot.interact(() -> view.snapshotIndexProperty().set(4));
        Node canvas = view.drawing().canvas();
        Point2D cell = findCell(view.drawing(), "tokens:2", 2);
        robot.moveTo(canvas.localToScreen(cell));
        assertThat(robot.lookup("#heatmap-status").queryAs(Label.class).getText())
                .contains("tokens:2").contains("position 2").contains("token 2").contains("value 1");
        robot.clickOn(canvas.localToScreen(cell));
        assertThat(selection.get()).isSameAs(f.tokens);
    }

    @Test
    void stripShowsEverySnapshotAndChoicesChangeTheScale(FxRobot robot) {
        robot.clickOn("#heatmap-strip");
        SnapshotStrip s = (SnapshotStrip) view.currentFigure().orElseThrow();
        assertThat(s.snapshots()).hasSize(5);
        robot.interact(() -> {
            view.viewModel().colorMapProperty().set(Optional.of(ColorMap.RDBU));
            view.viewModel().rangeProperty().set(RangeChoice.UNIT);
        });
        s = (SnapshotStrip) view.currentFigure().orElseThrow();
        assertThat(s.scale().map()).isEqualTo(ColorMap.RDBU);
        assertThat(s.scale().min()).isEqualTo(-1.0);
        robot.interact(() -> Shots.save(view, "heatmap-strip"));
    }

    /** Scans the canvas for the cell of a direction at a position. */
    static Point2D findCell(ScrollingFigure drawing, String direction, int position) {
        for (double y = 0; y < drawing.canvas().getLayoutBounds().getHeight(); y += 2) {
            for (double x = 0; x < drawing.canvas().getLayoutBounds().getWidth(); x += 2) {
                Optional<CellHit> hit = drawing.hit(x, y);
                if (hit.isPresent() && hit.get().kind() == HitKind.CELL && hit.get().rowLabel().equals(direction)
                        && hit.get().column() == position) {
                    return new Point2D(x + 3, y + 3);
                }
            }
        }
        throw new AssertionError("no cell for " + direction + " at " + position);
    }
}
