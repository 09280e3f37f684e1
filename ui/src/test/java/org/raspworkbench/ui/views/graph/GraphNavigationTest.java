package org.raspworkbench.ui.views.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerLight;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.views.Shots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Zoom, fit, scroll-to-selection and the node labels, on the 3-SAT verifier compiled for real. */
@ExtendWith(ApplicationExtension.class)
class GraphNavigationTest {
    private static final CompiledSample SAT3 = CompiledSample.of("sat3_verifier.rasp");
    private final ObjectProperty<SOp> selection = new SimpleObjectProperty<>();
    private GraphView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new GraphView(selection);
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    private void showSat3(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.programProperty().set(SAT3.program());
            view.modelProperty().set(SAT3.model());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.currentLayout().boxes().size()
                == view.viewModel().graph().nodes().size() && !view.currentLayout().boxes().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private GraphViewport viewport(FxRobot robot) {
        return robot.lookup(".graph-scroll").queryAs(GraphViewport.class);
    }

    private List<GraphNodeView> nodes(FxRobot robot) {
        return robot.lookup(".graph-node").queryAllAs(GraphNodeView.class).stream().toList();
    }

    /** The visible part of the scroll pane, in scene coordinates. */
    private static Bounds viewportInScene(GraphViewport vp) {
        Node clip = vp.lookup(".viewport");
        return clip.localToScene(clip.getLayoutBounds());
    }

    private static boolean inside(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMaxX() <= outer.getMaxX() + 0.5
                && inner.getMinY() >= outer.getMinY() - 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5;
    }

    @Test
    void aNewModelOpensFittedWithEveryNodeInView(FxRobot robot) throws Exception {
        showSat3(robot);
        GraphViewport vp = viewport(robot);
        Bounds visible = viewportInScene(vp);
        List<GraphNodeView> nodes = nodes(robot);
        assertThat(nodes).hasSize(SAT3.program().nodes().size() > 0 ? view.viewModel().graph().nodes().size() : 0);
        for (GraphNodeView n : nodes) {
            assertThat(inside(visible, n.localToScene(n.getLayoutBounds()))).as(n.node().name()).isTrue();
        }
        assertThat(view.zoomProperty().get()).isLessThan(1);
        robot.interact(() -> Shots.save(view, "graph-fit"));
    }

    @Test
    void fitBringsBackTheWholeGraphAfterZooming(FxRobot robot) throws Exception {
        showSat3(robot);
        robot.clickOn("#graph-actual-size");
        assertThat(view.zoomProperty().get()).isEqualTo(1.0);
        Bounds visible = viewportInScene(viewport(robot));
        assertThat(nodes(robot)).anyMatch(n -> !inside(visible, n.localToScene(n.getLayoutBounds())));
        robot.clickOn("#graph-fit");
        WaitForAsyncUtils.waitForFxEvents();
        for (GraphNodeView n : nodes(robot)) {
            assertThat(inside(visible, n.localToScene(n.getLayoutBounds()))).as(n.node().name()).isTrue();
        }
    }

    @Test
    void fittingBeforeAnotherProgramArrivesFitsThatProgram(FxRobot robot) throws Exception {
        showSat3(robot);
        robot.clickOn("#graph-actual-size");
        CompiledSample sort = CompiledSample.of("sort.rasp");
        robot.interact(() -> {
            view.fit();
            view.programProperty().set(sort.program());
            view.modelProperty().set(sort.model());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.currentLayout().boxes().size()
                == view.viewModel().graph().nodes().size() && view.viewModel().graph().indexOf(sort.program().output())
                .isPresent() && view.boxOf(sort.program().output()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Bounds visible = viewportInScene(viewport(robot));
        assertThat(nodes(robot)).hasSize(view.viewModel().graph().nodes().size());
        for (GraphNodeView n : nodes(robot)) {
            assertThat(inside(visible, n.localToScene(n.getLayoutBounds()))).as(n.node().name()).isTrue();
        }
    }

    @Test
    void shortcutWheelZoomsAboutThePointer(FxRobot robot) throws Exception {
        showSat3(robot);
        robot.clickOn("#graph-actual-size");
        GraphViewport vp = viewport(robot);
        Bounds visible = viewportInScene(vp);
        Point2D pointer = new Point2D(visible.getMinX() + visible.getWidth() * 0.3,
                visible.getMinY() + visible.getHeight() * 0.6);
        Node drawing = robot.lookup(".graph-drawing").query();
        Point2D[] under = new Point2D[1];
        robot.interact(() -> under[0] = drawing.sceneToLocal(pointer));
        double before = view.zoomProperty().get();
        robot.interact(() -> Event.fireEvent(vp, wheel(pointer, 40)));
        double after = view.zoomProperty().get();
        assertThat(after).isGreaterThan(before * 1.1);
        Point2D[] now = new Point2D[1];
        robot.interact(() -> now[0] = drawing.localToScene(under[0]));
        // The graph point that was under the pointer is still under it.
        assertThat(now[0].getX()).isCloseTo(pointer.getX(), within(1.0));
        assertThat(now[0].getY()).isCloseTo(pointer.getY(), within(1.0));
        assertThat(robot.lookup("#graph-zoom-level").queryAs(Label.class).getText())
                .isEqualTo(Math.round(after * 100) + "%");

        robot.interact(() -> Event.fireEvent(vp, wheel(pointer, -40)));
        assertThat(view.zoomProperty().get()).isCloseTo(before, within(1e-9));
    }

    @Test
    void draggingPansAndKeysZoom(FxRobot robot) throws Exception {
        showSat3(robot);
        robot.clickOn("#graph-actual-size");
        GraphViewport vp = viewport(robot);
        robot.interact(() -> {
            vp.setHvalue(0.5);
            vp.setVvalue(0.5);
        });
        Bounds visible = viewportInScene(vp);
        double h = vp.getHvalue();
        double v = vp.getVvalue();
        // Dragging the drawing left and up shows what lies right and below.
        robot.drag(new Point2D(visible.getMinX() + 200, visible.getMinY() + 200), javafx.scene.input.MouseButton.PRIMARY)
                .dropTo(new Point2D(visible.getMinX() + 80, visible.getMinY() + 120));
        assertThat(vp.getHvalue()).isGreaterThan(h);
        assertThat(vp.getVvalue()).isGreaterThan(v);

        robot.interact(vp::requestFocus);
        robot.write("-");
        assertThat(view.zoomProperty().get()).isCloseTo(1 / GraphViewport.ZOOM_STEP, within(1e-9));
        robot.write("0");
        assertThat(view.zoomProperty().get()).isEqualTo(1.0);
        robot.write("f");
        assertThat(view.zoomProperty().get()).isLessThan(1);
        assertThat(vp.isFitting()).isTrue();
    }

    private static ScrollEvent wheel(Point2D at, double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(), at.getX(), at.getY(),
                false, true, false, false, false, false, 0, deltaY, 0, deltaY,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0,
                new PickResult(null, at.getX(), at.getY()));
    }

    @Test
    void selectingAnOffScreenSopScrollsItsNodeToTheMiddle(FxRobot robot) throws Exception {
        showSat3(robot);
        robot.clickOn("#graph-actual-size");
        GraphViewport vp = viewport(robot);
        robot.interact(() -> {
            vp.setHvalue(0);
            vp.setVvalue(0);
        });
        SOp far = SAT3.program().output();
        assertThat(view.isShown(far)).isFalse();
        robot.interact(() -> selection.set(far));
        assertThat(view.isShown(far)).isTrue();
        Bounds visible = viewportInScene(vp);
        Node node = robot.lookup("#graph-node-" + far.name()).query();
        Bounds box = node.localToScene(node.getLayoutBounds());
        // Centred, unless the scroll range ends first.
        boolean centredX = Math.abs(box.getCenterX() - visible.getCenterX()) < 2 || vp.getHvalue() == 0
                || vp.getHvalue() == 1;
        boolean centredY = Math.abs(box.getCenterY() - visible.getCenterY()) < 2 || vp.getVvalue() == 0
                || vp.getVvalue() == 1;
        assertThat(centredX && centredY).as("centred: " + box + " in " + visible).isTrue();

        // A node already in view does not move.
        SOp near = SAT3.sop("input_valid");
        if (view.isShown(near)) {
            double h = vp.getHvalue();
            double v = vp.getVvalue();
            robot.interact(() -> selection.set(near));
            assertThat(vp.getHvalue()).isEqualTo(h);
            assertThat(vp.getVvalue()).isEqualTo(v);
        }
    }

    @Test
    void nodesShowTheirLayerAndFullText(FxRobot robot) throws Exception {
        showSat3(robot);
        robot.clickOn("#graph-actual-size");
        assertFullText(nodes(robot));
        // Selected, a node's thicker border still leaves room for every line.
        robot.interact(() -> selection.set(SAT3.sop("averaged")));
        assertFullText(nodes(robot).stream().filter(n -> n.getStyleClass().contains("selected")).toList());
        assertThat(badge(robot, "tokens")).isEqualTo("embed");
        assertThat(badge(robot, "satisfied")).matches("L\\d+ MLP");
        // Every S-op the model computes carries the layer the allocation gives it.
        for (GraphNodeView n : nodes(robot)) {
            if (!(n.node().expr() instanceof SOp sop)) continue;
            for (var block : SAT3.model().blocks()) {
                if (block.computes(sop)) assertThat(badge(robot, sop.name())).contains("L" + block.subLayer().layer());
            }
        }
        assertThat(badge(robot, "averaged")).endsWith("attn");
    }

    private static void assertFullText(List<GraphNodeView> nodes) {
        assertThat(nodes).isNotEmpty();
        for (GraphNodeView n : nodes) {
            double contentHeight = n.getHeight() - n.snappedTopInset() - n.snappedBottomInset();
            double linesHeight = 0;
            for (Node child : n.getChildren()) linesHeight += child.prefHeight(-1);
            linesHeight += n.getSpacing() * (n.getChildren().size() - 1);
            assertThat(contentHeight).as("height of " + n.node().name()).isGreaterThanOrEqualTo(linesHeight - 0.5);
            for (Node l : n.lookupAll(".label")) {
                Label label = (Label) l;
                Text shown = (Text) label.lookup(".text");
                assertThat(shown.getText()).as("label of " + n.node().name()).isEqualTo(label.getText());
                assertThat(label.getWidth()).isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
                assertThat(label.getHeight()).isGreaterThanOrEqualTo(label.prefHeight(-1) - 0.5);
            }
        }
    }

    private static String badge(FxRobot robot, String name) {
        Node node = robot.lookup("#graph-node-" + name).query();
        Label l = (Label) node.lookup(".graph-node-layer");
        return l == null ? "" : l.getText();
    }

    @Test
    void lanesHoldEachSubLayersNodesInOrderAndKeepTheirNamesInView(FxRobot robot) throws Exception {
        showSat3(robot);
        GraphLayout layout = view.currentLayout();
        assertThat(layout.bands()).isNotEmpty();
        List<NodeLayers.NodeLayer> layers = NodeLayers.of(view.viewModel().graph(), SAT3.model());
        for (int k = 1; k < layout.bands().size(); k++) {
            assertThat(layout.bands().get(k).lane()).isGreaterThan(layout.bands().get(k - 1).lane());
            assertThat(layout.bands().get(k).top()).isGreaterThanOrEqualTo(layout.bands().get(k - 1).bottom() - 1e-6);
        }
        for (int i = 0; i < layout.boxes().size(); i++) {
            int lane = layers.get(i).lane();
            GraphLayout.Band band = layout.bands().stream().filter(b -> b.lane() == lane).findFirst().orElseThrow();
            GraphLayout.Box box = layout.boxes().get(i);
            assertThat(box.y()).as(view.viewModel().graph().nodes().get(i).name()).isGreaterThanOrEqualTo(band.top());
            assertThat(box.bottom()).isLessThanOrEqualTo(band.bottom());
        }
        // The output is computed last: its lane is the last MLP.
        assertThat(layout.bands().get(layout.bands().size() - 1).lane()).isEqualTo(SAT3.model().snapshotCount() - 1);
        assertThat(robot.lookup(".graph-lane-name").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("embeddings", "layer 0 \u00b7 MLP", "layer 1 \u00b7 attention");

        // Scrolled sideways, the lanes' names stay at the left edge of the view.
        robot.clickOn("#graph-actual-size");
        GraphViewport vp = viewport(robot);
        robot.interact(() -> vp.setHvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds visible = viewportInScene(vp);
        for (Label name : robot.lookup(".graph-lane-name").queryAllAs(Label.class)) {
            assertThat(name.localToScene(name.getLayoutBounds()).getMinX()).isBetween(visible.getMinX(),
                    visible.getMinX() + 20);
        }

        robot.clickOn("#graph-lanes");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.currentLayout().bands().isEmpty()
                && view.currentLayout().boxes().size() == view.viewModel().graph().nodes().size());
        assertThat(view.inLanesProperty().get()).isFalse();
    }

    @Test
    void sopsMadeByOneLineTellWhichCallMadeThem(FxRobot robot) throws Exception {
        showSat3(robot);
        List<GraphNodeView> averaged = nodes(robot).stream()
                .filter(n -> n.node().name().matches("averaged(_\\d+)?")).toList();
        assertThat(averaged).hasSize(6);
        Set<String> calls = new HashSet<>();
        for (GraphNodeView n : averaged) {
            Label l = (Label) n.lookup(".graph-node-calls");
            assertThat(l).as(n.node().name()).isNotNull();
            calls.add(l.getText());
        }
        assertThat(calls).hasSize(6);
        assertThat(calls).anyMatch(t -> t.startsWith("fetch_var(batch, 0)") && t.contains("verify_batch(\u2026) #2"));
        // The hover names every call in full.
        GraphNode first = averaged.get(0).node();
        assertThat(view.viewModel().describe(first, "L1 attn")).contains("in fetch_var(batch, ")
                .contains("in verify_batch(padded[b * batch_size:(b + 1) * batch_size])").contains("L1 attn")
                .contains("named at line ").contains(": averaged = aggregate(selector, tokens);");
        // A node its line made once has no call line.
        assertThat(robot.lookup("#graph-node-satisfied").query().lookup(".graph-node-calls")).isNull();
    }
}
