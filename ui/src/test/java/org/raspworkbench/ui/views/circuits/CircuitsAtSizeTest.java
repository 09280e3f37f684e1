package org.raspworkbench.ui.views.circuits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
import org.raspworkbench.core.circuits.MlpTable;
import org.raspworkbench.ui.testing.RecordingEngine;
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

    static String sort(int n) {
        String vocab = IntStream.rangeClosed(1, n).mapToObj(String::valueOf).collect(Collectors.joining(", "));
        String example = IntStream.range(0, n).mapToObj(i -> String.valueOf((i * 7) % n + 1)).collect(Collectors.joining(", "));
        return "set vocab [" + vocab + "];\nset max_seq_len " + n + ";\nset example [" + example + "];\n"
                + "min_key = 1;\nn = " + n + ";\n"
                + "keys = sequence_map(lambda x, i: x + min_key * i / n, tokens, indices);\n"
                + "smaller = select(keys, keys, <);\ntarget_pos = selector_width(smaller);\n"
                + "sel_new = select(target_pos, indices, ==);\nsort = aggregate(sel_new, tokens);\noutput sort;\n";
    }

    @Test
    void aTableOfThousandsOfRowsIsDrawnInTexturesAGpuHoldsAndTheAttributionStaysInView(FxRobot robot) {
        fx.load(robot, sort(64));
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

        // The attribution chart starts within the first screen of the tab, not after 4096 rows.
        Bounds content = fx(() -> view.localToScene(view.getBoundsInLocal()));
        Bounds attribution = fx(() -> chart.localToScene(chart.getBoundsInLocal()));
        assertThat(attribution.getMinY() - content.getMinY()).isLessThan(1200);
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
