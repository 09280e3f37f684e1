package org.raspworkbench.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.figures.ExportFormat;
import org.raspworkbench.ui.figures.Length;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.testing.RecordingEngine;
import org.raspworkbench.ui.testing.ScriptedExportDialogs;
import org.raspworkbench.ui.testing.WorkbenchFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export Figure on real models: what is offered, what the file holds, with and without the IDE's emphasis. */
@ExtendWith(ApplicationExtension.class)
class FigureExportUiTest {
    private static final int SELECTED_BAND = 0xFFEC99;
    private static final int SELECTED_OUTLINE = 0xF08C00;
    private static final int WRITTEN = 0xD000D0;
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

    private boolean export(java.util.concurrent.Callable<java.util.concurrent.CompletableFuture<Boolean>> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get().get(60, TimeUnit.SECONDS);
    }

    @Test
    void theSelectionAndTheStepsEmphasisStayOutOfTheFileUnlessAsked(FxRobot robot) throws Exception {
        fx.openSample(robot, "reverse.rasp");
        robot.interact(() -> {
            SOp reverse = state().shownDigest().orElseThrow().encodedSops().stream()
                    .filter(s -> s.name().equals("reverse")).findFirst().orElseThrow();
            state().selectedProperty().set(reverse);
            fx.workbench.debugger().runToEnd();
            fx.workbench.debugger().stepBack();
        });
        WaitForAsyncUtils.waitForFxEvents();
        var vm = fx.workbench.window().exports();
        Path plain = out.resolve("plain.png");
        Path marked = out.resolve("marked.png");
        fx.exportDialogs.targets.add(ScriptedExportDialogs.answer(plain, ExportFormat.PNG, 96));
        fx.exportDialogs.targets.add(ScriptedExportDialogs.answer(marked, ExportFormat.PNG, 300, o -> o.withEmphasis(true)));
        assertThat(export(vm::exportHeatmap)).isTrue();
        assertThat(export(vm::exportHeatmap)).isTrue();
        assertThat(fx.exportDialogs.messages).isEmpty();
        ExportDialogs.Offer offer = fx.exportDialogs.offers.get(0);
        assertThat(offer.defaultSnapshots()).as("the snapshot on screen, one step before the end").containsExactly(offer.snapshotNames().size() - 2);
        assertThat(offer.defaults().withEmphasis()).isFalse();
        assertThat(fx.exportDialogs.saved).containsExactly(plain, marked);

        BufferedImage p = ImageIO.read(plain.toFile());
        BufferedImage m = ImageIO.read(marked.toFile());
        ImageIO.write(m, "png", Path.of("target", "export-with-emphasis.png").toFile());
        assertThat(count(p, SELECTED_BAND) + count(p, SELECTED_OUTLINE) + count(p, WRITTEN)).isZero();
        assertThat(count(m, SELECTED_BAND)).isPositive();
        assertThat(count(m, SELECTED_OUTLINE)).isPositive();
        assertThat(count(m, WRITTEN)).as("the last step wrote reverse's rows").isPositive();
    }

    @Test
    void chosenSnapshotsRowsAndSizeReachTheFile(FxRobot robot) throws Exception {
        fx.openSample(robot, "reverse.rasp");
        Path svg = out.resolve("part.svg");
        fx.exportDialogs.targets.add(ScriptedExportDialogs.answer(svg, ExportFormat.SVG, 96, o -> {
            List<Integer> tokenRows = new java.util.ArrayList<>();
            var groups = fx.exportDialogs.offers.get(0).groups();
            int row = 0;
            for (var g : groups) {
                for (String ignored : g.labels()) {
                    if (g.sop().equals("tokens")) tokenRows.add(row);
                    row++;
                }
            }
            return o.withSnapshots(List.of(0, 2)).withRows(tokenRows).withSize(o.size().withWidth(Length.mm(100)));
        }));
        assertThat(export(fx.workbench.window().exports()::exportStrip)).isTrue();
        String text = Files.readString(svg);
        assertThat(text).contains(">embeddings<", ">after mlp 0<", ">tokens:a<")
                .doesNotContain(">after attn 0<", ">indices:0<", ">reverse:a<");
        assertThat(fx.exportDialogs.offers.get(0).defaultSnapshots()).as("the strip proposes every snapshot")
                .hasSize(fx.exportDialogs.offers.get(0).snapshotNames().size());
        java.util.regex.Matcher width = java.util.regex.Pattern.compile("<svg[^>]* width=['\"]([0-9.]+)").matcher(text);
        assertThat(width.find()).isTrue();
        assertThat(Double.parseDouble(width.group(1))).isCloseTo(100 / 25.4 * 96, org.assertj.core.api.Assertions.within(0.5));
    }

    @Test
    void attentionExportsEveryHeadOfTheLayerAsAGrid(FxRobot robot) throws Exception {
        fx.openSample(robot, "sat3_verifier.rasp");
        robot.clickOn("#tab-attention");
        Path svg = out.resolve("layer1.svg");
        fx.exportDialogs.targets.add(ScriptedExportDialogs.answer(svg, ExportFormat.SVG, 96));
        assertThat(export(fx.workbench.window().exports()::exportAttention)).isTrue();
        ExportDialogs.Offer offer = fx.exportDialogs.offers.get(0);
        assertThat(offer.heads()).hasSizeGreaterThanOrEqualTo(8);
        // Nothing selected: the first head's layer, all eight of its heads.
        assertThat(offer.defaultHeads()).hasSize(8);
        assertThat(offer.defaultHeads().stream().map(offer.heads()::get)).allMatch(h -> h.startsWith("L1.H"));
        String text = Files.readString(svg);
        for (int h = 0; h < 8; h++) assertThat(text).contains("L1.H" + h + ": ");
        assertThat(text).doesNotContain("L3.H0");
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) n++;
        }
        return n;
    }
}
