package org.raspworkbench.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.ui.figures.ExportFormat;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.testing.RecordingEngine;
import org.raspworkbench.ui.testing.ScriptedExportDialogs;
import org.raspworkbench.ui.testing.WorkbenchFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window with the real compiler, on the shipped samples. */
@ExtendWith(ApplicationExtension.class)
class RealCompilerUiTest {
    @TempDir
    Path home;
    @TempDir
    Path out;
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

    private int lineOf(String text) {
        String[] lines = fx.workbench.editor().getText().split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(text)) return i + 1;
        throw new AssertionError("no line with " + text);
    }

    @Test
    void theFirstStartOpensASampleAndShowsItsModel(FxRobot robot) throws Exception {
        fx.workbench.openInitial(Optional.empty()).get(60, TimeUnit.SECONDS);
        waitUntil(() -> state().traceDigest().isPresent());
        assertThat(fx.workbench.document().titleProperty().get()).isEqualTo("RASP Workbench - reverse.rasp (sample)");
        assertThat(robot.lookup("#example-input").queryAs(TextField.class).getText()).isEqualTo("\"abcab\"");
        waitUntil(() -> robot.lookup("#graph-node-reverse").tryQuery().isPresent());
        assertThat(state().shownDigest().orElseThrow().size().layers()).isEqualTo(state().debugger().lastSnapshot() / 2);
        assertThat(state().runProperty().get().trace().orElseThrow().decoded()).hasSize(6);
        // Keywords are coloured by the language's lexer.
        int set = fx.workbench.editor().getText().indexOf("set vocab");
        waitUntil(() -> fx.workbench.editor().area().getStyleOfChar(set).contains("keyword"));
    }

    @Test
    void typingAnUnknownNameUnderlinesItAndKeepsTheStaleModel(FxRobot robot) {
        fx.openSample(robot, "hist.rasp");
        var good = state().shownProperty().get();
        robot.interact(() -> fx.workbench.editor().area().appendText("\nbroken = mystery + 1;\n"));
        waitUntil(() -> state().latestProperty().get().hasErrors());
        var error = state().latestProperty().get().diagnostics().stream().filter(d -> d.isError()).findFirst().orElseThrow();
        assertThat(error.kind()).isEqualTo(ErrorKind.NAME);
        String text = fx.workbench.editor().getText();
        assertThat(text.substring(error.range().startOffset(), error.range().endOffset())).isEqualTo("mystery");
        waitUntil(() -> fx.workbench.editor().area().getStyleOfChar(error.range().startOffset()).contains("squiggle-error"));
        assertThat(state().shownProperty().get()).isSameAs(good);
        assertThat(state().staleProperty().get()).isTrue();
        assertThat(robot.lookup("#stale-badge").queryAs(Label.class).isVisible()).isTrue();
    }

    @Test
    void aBreakpointStopsAtTheSubLayerThatComputesItsSop(FxRobot robot) {
        fx.openSample(robot, "reverse.rasp");
        int line = lineOf("reverse = aggregate");
        waitUntil(() -> fx.workbench.editor().model().breakableLines().contains(line));
        int subLayer = state().shownLayout().subLayerOf("reverse").orElseThrow();
        robot.clickOn("#gutter-" + line);
        robot.clickOn("#debug-run");
        assertThat(state().debugger().snapshot()).isEqualTo(subLayer + 1);
        assertThat(fx.workbench.debugger().currentSubLayer().orElseThrow().sopNames()).contains("reverse");
        // The step's S-op is marked in the source, and the views follow the snapshot.
        RaspExpr reverse = state().shownProgram().orElseThrow().nodes().stream()
                .filter(n -> n.name().equals("reverse")).findFirst().orElseThrow();
        assertThat(fx.workbench.editor().model().stepRanges()).contains(reverse.range());
        assertThat(robot.lookup("#debug-position").queryAs(Label.class).getText()).contains("(" + (subLayer + 1) + "/");
    }

    @Test
    void stepBackAndForthMovesTheHeatmapSnapshot(FxRobot robot) {
        fx.openSample(robot, "hist.rasp");
        robot.clickOn("#tab-residual");
        robot.clickOn("#source-editor");
        robot.type(javafx.scene.input.KeyCode.F10);
        robot.type(javafx.scene.input.KeyCode.F10);
        assertThat(state().debugger().snapshot()).isEqualTo(2);
        var heatmap = fx.workbench.window().views().lookup("#heatmap-view");
        assertThat(((org.raspworkbench.ui.views.heatmap.HeatmapView) heatmap).snapshotIndexProperty().get()).isEqualTo(2);
        assertThat(((org.raspworkbench.ui.views.heatmap.HeatmapView) heatmap).currentFigure()).isPresent();
    }

    @Test
    void theSatVerifierStaysResponsiveWhileItCompiles(FxRobot robot) {
        fx.openSample(robot, "sat3_verifier.rasp");
        int compilesBefore = engine.compiled.size();
        engine.close();
        robot.clickOn("#source-editor");
        robot.interact(() -> fx.workbench.editor().area().moveTo(fx.workbench.editor().getText().indexOf("# the output")));
        robot.write("# typing ");
        waitUntil(() -> engine.waiting.get() == 1);
        // A compilation is under way and blocked: the window still takes keystrokes and clicks.
        robot.write("more ");
        robot.clickOn("#debug-forward");
        assertThat(fx.workbench.editor().getText()).contains("# typing more # the output");
        assertThat(state().busyProperty().get()).isTrue();
        engine.open();
        waitUntil(() -> !state().busyProperty().get()
                && state().shownProperty().get().source().contains("# typing more # the output"));
        assertThat(engine.threads).allMatch(t -> t.startsWith("rasp-compiler"));
        // Only the compilation that was running and the newest text ran; the keystrokes between were skipped.
        assertThat(engine.compiled.size() - compilesBefore).isLessThanOrEqualTo(2);
    }

    @Test
    void eachFigureExportWritesAFileThatOpens(FxRobot robot) throws Exception {
        fx.openSample(robot, "reverse.rasp");
        robot.clickOn("#tab-residual");
        Path png = out.resolve("heat.png");
        Path svg = out.resolve("strip.svg");
        Path pdf = out.resolve("attn.pdf");
        fx.exportDialogs.targets.add(ScriptedExportDialogs.answer(png, ExportFormat.PNG, 150));
        fx.exportDialogs.targets.add(ScriptedExportDialogs.answer(svg, ExportFormat.SVG, 96));
        fx.exportDialogs.targets.add(ScriptedExportDialogs.answer(pdf, ExportFormat.PDF, 96));
        var exports = fx.workbench.window().exports();
        assertThat(WaitForAsyncUtils.asyncFx(exports::exportHeatmap).get().get(60, TimeUnit.SECONDS)).isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(exports::exportStrip).get().get(60, TimeUnit.SECONDS)).isTrue();
        robot.clickOn("#tab-attention");
        assertThat(WaitForAsyncUtils.asyncFx(exports::exportAttention).get().get(60, TimeUnit.SECONDS)).isTrue();
        assertThat(fx.exportDialogs.messages).isEmpty();
        assertThat(ImageIO.read(png.toFile())).isNotNull();
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("<svg").contains("reverse");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(fx.exportDialogs.asked).containsExactly("heatmap reverse-residual", "snapshot strip reverse-residual-strip",
                "attention pattern reverse-attention");
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
