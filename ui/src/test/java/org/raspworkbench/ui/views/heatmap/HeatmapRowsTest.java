package org.raspworkbench.ui.views.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.ui.figures.CellHit;
import org.raspworkbench.ui.figures.ColorMap;
import org.raspworkbench.ui.figures.DirectionGroup;
import org.raspworkbench.ui.figures.ResidualHeatmap;
import org.raspworkbench.ui.views.SampleInputs;
import org.raspworkbench.ui.views.Shots;
import org.raspworkbench.ui.views.ViewInputs;
import org.raspworkbench.ui.views.data.ResidualGroupDigest;
import org.raspworkbench.ui.views.data.Snapshot;
import org.raspworkbench.ui.views.data.StepWrites;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The heatmap's rows on sat3: filters, collapsed groups, the pinned output, difference mode, steps and zoom. */
@ExtendWith(ApplicationExtension.class)
class HeatmapRowsTest {
    private static final ViewInputs SAT3 = SampleInputs.of("sat3_verifier.rasp");
    private HeatmapView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new HeatmapView(new SimpleObjectProperty<>());
        view.modelProperty().set(SAT3.model());
        view.traceProperty().set(SAT3.trace());
        view.viewModel().outputProperty().set(SAT3.program().output());
        view.programNameProperty().set("sat3_verifier");
        stage.setScene(new Scene(view, 1100, 640));
        stage.show();
    }

    private ResidualHeatmap figure() {
        return (ResidualHeatmap) view.currentFigure().orElseThrow();
    }

    private static List<String> labels(ResidualHeatmap h) {
        List<String> out = new ArrayList<>();
        for (DirectionGroup g : h.groups()) out.addAll(g.labels());
        return out;
    }

    private Set<BasisDirection> writtenAt(int k) {
        return StepWrites.writtenAt(SAT3.model(), SAT3.trace(), new Snapshot(k));
    }

    private static boolean onFx(java.util.concurrent.Callable<Boolean> check) {
        try {
            return WaitForAsyncUtils.asyncFx(check).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theOutputGroupComesFirstAndIsMarked() {
        String output = SAT3.program().output().name();
        ResidualHeatmap h = figure();
        assertThat(h.groups().get(0).sop()).isEqualTo(output);
        assertThat(h.emphasis().outputSop()).contains(output);
        // Everything else keeps the stream's order.
        List<String> rest = SAT3.model().groups().stream().map(ResidualGroupDigest::name).filter(n -> !n.equals(output)).toList();
        assertThat(h.groups().subList(1, h.groups().size()).stream().map(DirectionGroup::sop).toList()).isEqualTo(rest);
    }

    @Test
    void theSearchBoxKeepsTheGroupsWhoseNameMatches(FxRobot robot) {
        robot.clickOn("#heatmap-search").write("SWAPPED");
        ResidualHeatmap h = figure();
        assertThat(h.groups()).extracting(DirectionGroup::sop).containsExactly("swapped");
        assertThat(labels(h)).hasSize(10).startsWith("swapped:0");
        robot.interact(() -> view.viewModel().nameFilterProperty().set("no such s-op"));
        assertThat(figure().groups()).isEmpty();
        assertThat(robot.lookup(".placeholder").queryLabeled().isVisible()).isTrue();
    }

    @Test
    void writtenRowsShowsExactlyWhatTheSubLayerWrote(FxRobot robot) {
        int k = 3;
        Set<BasisDirection> written = writtenAt(k);
        assertThat(written).isNotEmpty();
        robot.interact(() -> {
            view.snapshotIndexProperty().set(k);
            view.writtenDirectionsProperty().set(written);
        });
        robot.clickOn("#heatmap-written");
        List<String> expected = SAT3.model().residual().stream().filter(written::contains)
                .map(BasisDirection::label).toList();
        assertThat(labels(figure())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(figure().emphasis().writtenDirections()).hasSize(expected.size());
    }

    @Test
    void writtenRowsOnAnEmptySubLayerSaysTheSubLayerIsEmpty(FxRobot robot) {
        // sat3's layer 2 has an MLP but no heads: the step onto "after attention 2" writes nothing.
        int k = 5;
        assertThat(new Snapshot(k).label()).isEqualTo("after attention 2");
        assertThat(writtenAt(k)).isEmpty();
        robot.interact(() -> {
            view.snapshotIndexProperty().set(k);
            view.writtenDirectionsProperty().set(writtenAt(k));
        });
        robot.clickOn("#heatmap-written");
        javafx.scene.control.Label placeholder = robot.lookup(".placeholder").queryAs(javafx.scene.control.Label.class);
        assertThat(placeholder.isVisible()).isTrue();
        assertThat(placeholder.getText()).isEqualTo("attention 2 is empty in this model: it wrote nothing");
    }

    @Test
    void nonZeroHidesDirectionsThatAreZeroEverywhereInTheSnapshot(FxRobot robot) {
        robot.interact(() -> view.snapshotIndexProperty().set(0));
        robot.clickOn("#heatmap-nonzero");
        double[][] embeddings = SAT3.trace().snapshots()[0];
        List<String> expected = new ArrayList<>();
        for (int d = 0; d < SAT3.model().residual().size(); d++) {
            for (double[] position : embeddings) {
                if (Math.abs(position[d]) >= 1e-6) {
                    expected.add(SAT3.model().residual().get(d).label());
                    break;
                }
            }
        }
        ResidualHeatmap h = figure();
        assertThat(labels(h)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected.size()).isLessThan(SAT3.model().residual().size());
        for (double[] position : h.snapshot().values()) {
            assertThat(position).hasSize(expected.size());
        }
    }

    @Test
    void clickingAGroupsDisclosureCollapsesItToOneRowAndBack(FxRobot robot) {
        int before = labels(figure()).size();
        DirectionGroup target = figure().groups().stream().skip(1).filter(g -> g.labels().size() > 1).findFirst()
                .orElseThrow();
        String group = target.sop();
        int size = target.labels().size();
        Point2D at = disclosureOf(group);
        robot.clickOn(view.drawing().rowLabels().localToScreen(at));
        ResidualHeatmap h = figure();
        DirectionGroup collapsed = h.groups().stream().filter(g -> g.sop().equals(group)).findFirst().orElseThrow();
        assertThat(collapsed.labels()).containsExactly(group + " (" + size + " rows)");
        assertThat(labels(h)).hasSize(before - size + 1);
        // The one row holds the group's largest value at each position: a one-hot group shows its 1.
        int row = labels(h).indexOf(group + " (" + size + " rows)");
        double[][] values = h.snapshot().values();
        for (int p = 1; p < values.length; p++) assertThat(values[p][row]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        robot.interact(() -> Shots.save(view, "heatmap-collapsed"));
        robot.clickOn(view.drawing().rowLabels().localToScreen(disclosureOf(group)));
        assertThat(labels(figure())).hasSize(before);
    }

    private Point2D disclosureOf(String group) {
        var labels = view.drawing().rowLabels();
        for (double y = 0; y < labels.getLayoutBounds().getHeight(); y += 1) {
            for (double x = 0; x < 60; x += 1) {
                if (view.drawing().disclosureAt(x, y).map(group::equals).orElse(false)) return new Point2D(x + 2, y + 1);
            }
        }
        throw new AssertionError("no disclosure for " + group + " on screen");
    }

    @Test
    void differenceModeShowsWhatTheSubLayerWroteOnADivergingScale(FxRobot robot) {
        int k = 4;
        robot.interact(() -> view.snapshotIndexProperty().set(k));
        robot.clickOn("#heatmap-difference");
        ResidualHeatmap h = figure();
        assertThat(h.scale().map().kind()).isEqualTo(ColorMap.Kind.DIVERGING);
        assertThat(h.scale().min()).isEqualTo(-h.scale().max());
        assertThat(h.title()).contains("wrote");
        double[][] after = SAT3.trace().snapshots()[k];
        double[][] before = SAT3.trace().snapshots()[k - 1];
        List<String> rows = labels(h);
        boolean someChange = false;
        for (int d = 0; d < SAT3.model().residual().size(); d++) {
            int row = rows.indexOf(SAT3.model().residual().get(d).label());
            for (int p = 0; p < after.length; p++) {
                double diff = after[p][d] - before[p][d];
                assertThat(h.snapshot().values()[p][row]).isEqualTo(diff);
                someChange |= diff != 0;
            }
        }
        assertThat(someChange).isTrue();
        robot.interact(() -> Shots.save(view, "heatmap-difference"));
    }

    @Test
    void aStepScrollsTheRowsItWroteIntoView(FxRobot robot) {
        robot.interact(() -> view.drawing().setVvalue(0));
        // The first step whose writes all lie below the fold.
        int step = -1;
        for (int k = 1; k < SAT3.trace().snapshots().length && step < 0; k++) {
            Set<BasisDirection> w = writtenAt(k);
            int first = Integer.MAX_VALUE;
            List<String> rows = labels(figure());
            for (BasisDirection d : w) first = Math.min(first, rows.indexOf(d.label()));
            int firstRow = first;
            if (first != Integer.MAX_VALUE && !onFx(() -> view.drawing().isRowVisible(firstRow))) {
                step = k;
            }
        }
        assertThat(step).as("a step that writes below the fold").isPositive();
        int k = step;
        robot.interact(() -> {
            view.snapshotIndexProperty().set(k);
            view.writtenDirectionsProperty().set(writtenAt(k));
        });
        Set<Integer> written = figure().emphasis().writtenDirections();
        int first = written.stream().min(Integer::compare).orElseThrow();
        assertThat(onFx(() -> view.drawing().isRowVisible(first))).isTrue();
        assertThat(view.drawing().getVvalue()).isGreaterThan(0);
        // A step whose rows are on screen does not scroll.
        double v = view.drawing().getVvalue();
        robot.interact(() -> view.writtenDirectionsProperty().set(Set.copyOf(writtenAt(k))));
        assertThat(view.drawing().getVvalue()).isEqualTo(v);
    }

    @Test
    void fitShowsEveryRowAndCtrlWheelZoomsAboutTheMouse(FxRobot robot) {
        var drawing = view.drawing();
        int rows = labels(figure()).size();
        assertThat(onFx(() -> drawing.isRowVisible(rows - 1))).isFalse();
        robot.clickOn("#heatmap-fit");
        assertThat(onFx(() -> drawing.isRowVisible(0) && drawing.isRowVisible(rows - 1)))
                .isTrue();
        assertThat(drawing.effectiveZoom()).isLessThan(1);
        robot.clickOn("#heatmap-actual-size");
        assertThat(drawing.effectiveZoom()).isEqualTo(1.0);
        // Ctrl+wheel: the cell under the mouse stays under it (sat3 is narrower than the view, so
        // columns stay put at the left edge; rows scroll).
        Point2D at = new Point2D(5, 200);
        Optional<CellHit> before = drawing.hit(at.getX(), at.getY());
        Point2D screen = drawing.canvas().localToScreen(at);
        robot.moveTo(screen);
        robot.press(KeyCode.CONTROL);
        try {
            robot.scroll(3, VerticalDirection.DOWN);
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(drawing.effectiveZoom()).isGreaterThan(1.2);
        Point2D now = drawing.canvas().screenToLocal(screen);
        Optional<CellHit> after = drawing.hit(now.getX(), now.getY());
        assertThat(after.orElseThrow().row()).isEqualTo(before.orElseThrow().row());
        assertThat(after.get().column()).isEqualTo(before.get().column());
    }
}
