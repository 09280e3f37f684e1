package org.raspworkbench.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.ui.files.Sample;
import org.raspworkbench.ui.files.SampleCatalog;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.testing.RecordingEngine;
import org.raspworkbench.ui.testing.WorkbenchFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A Tracr Python sample in the window: listed among the samples, coloured, compiled, its errors under its text. */
@ExtendWith(ApplicationExtension.class)
class TracrPythonUiTest {
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

    private WorkbenchState state() {
        return fx.workbench.state();
    }

    @Test
    void theSamplesMenuListsTracrPythonAfterTheRaspSamples(FxRobot robot) {
        List<Sample> samples = SampleCatalog.load();
        assertThat(samples).extracting(Sample::fileName)
                .contains("sort.py", "hist.py", "frac_prevs.py", "password.py", "sat3_verifier.py", "sort.rasp");
        robot.interact(() -> fx.workbench.samples().setAll(samples));
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu menu = (Menu) bar.getMenus().get(0).getItems().stream().filter(i -> "menu-samples".equals(i.getId()))
                .findFirst().orElseThrow();
        List<MenuItem> items = menu.getItems();
        int rasp = items.stream().map(MenuItem::getId).toList().indexOf("sample-sort");
        int python = items.stream().map(MenuItem::getId).toList().indexOf("sample-sort.py");
        assertThat(rasp).isNotNegative().isLessThan(python);
        assertThat(items.subList(rasp, python)).anyMatch(i -> i instanceof SeparatorMenuItem);
        assertThat(items.get(python).getText()).isEqualTo("sort.py");
    }

    @Test
    void aPythonSampleOpensColouredAndShowsItsModel(FxRobot robot) {
        fx.openSample(robot, "sort.py");
        assertThat(fx.workbench.document().titleProperty().get()).contains("sort.py");
        waitUntil(() -> robot.lookup("#graph-node-sort").tryQuery().isPresent());
        assertThat(state().shownDigest().orElseThrow().size().layers()).isEqualTo(3);
        // the example comes from the script's model.apply(["BOS", 3, 1, 3, 2, 1])
        assertThat(state().runProperty().get().trace().orElseThrow().decoded()).hasSize(6);
        String text = fx.workbench.editor().getText();
        int from = text.indexOf("from tracr");
        int string = text.indexOf("\"BOS\"");
        waitUntil(() -> fx.workbench.editor().area().getStyleOfChar(from).contains("keyword"));
        assertThat(fx.workbench.editor().area().getStyleOfChar(string + 1)).contains("string");
    }

    @Test
    void savingUnderTheOtherExtensionRecompilesInThatSyntax(FxRobot robot) throws Exception {
        fx.openSample(robot, "hist.rasp");
        String python = SampleCatalog.load().stream().filter(s -> s.fileName().equals("hist.py")).findFirst()
                .orElseThrow().text();
        robot.interact(() -> fx.workbench.editor().area().replaceText(python));
        waitUntil(() -> state().latestProperty().get().source().equals(python)
                && state().latestProperty().get().hasErrors());
        Path saved = home.resolve("hist.py");
        java.nio.file.Files.writeString(saved, python);
        robot.interact(() -> fx.workbench.document().savedAs(saved, python));
        waitUntil(() -> state().latestProperty().get().source().equals(python)
                && !state().latestProperty().get().hasErrors() && state().shownProgram().isPresent()
                && state().shownProgram().get().output().name().equals("hist"));
        String text = fx.workbench.editor().getText();
        waitUntil(() -> fx.workbench.editor().area().getStyleOfChar(text.indexOf("from tracr")).contains("keyword"));
    }

    @Test
    void anErrorIsUnderlinedUnderTheExactPythonText(FxRobot robot) {
        fx.openSample(robot, "hist.py");
        var good = state().shownProperty().get();
        robot.interact(() -> fx.workbench.editor().area().appendText("broken = rasp.Mapp(lambda x: x, rasp.tokens)\n"));
        waitUntil(() -> state().latestProperty().get().hasErrors());
        var error = state().latestProperty().get().diagnostics().stream().filter(d -> d.isError()).findFirst()
                .orElseThrow();
        assertThat(error.kind()).isEqualTo(ErrorKind.NAME);
        String text = fx.workbench.editor().getText();
        assertThat(text.substring(error.range().startOffset(), error.range().endOffset())).isEqualTo("rasp.Mapp");
        waitUntil(() -> fx.workbench.editor().area().getStyleOfChar(error.range().startOffset() + 1)
                .contains("squiggle-error"));
        assertThat(state().shownProperty().get()).isSameAs(good);
    }
}
