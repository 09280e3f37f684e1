package org.raspworkbench.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.core.export.DType;
import org.raspworkbench.core.export.ExportWriter;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.ui.testing.RecordingEngine;
import org.raspworkbench.ui.testing.WorkbenchFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export Weights: the shown model written off the FX thread, with progress, cancel and errors. */
@ExtendWith(ApplicationExtension.class)
class WeightsExportUiTest {
    /** Tracr's sort with positions up to 32: a few hundred thousand values, so progress comes many times. */
    private static final String SORT_32 = """
            set vocab [1, 2, 3, 4, 5];
            set max_seq_len 32;
            set example [3, 1, 3, 2, 1];
            keys = sequence_map(lambda x, i: x + i / 32, tokens, indices);
            smaller = select(keys, keys, <);
            target_pos = selector_width(smaller);
            sort = aggregate(select(target_pos, indices, ==), tokens);
            output sort;
            """;
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

    private WeightsExportActions actions() {
        return fx.workbench.window().weights();
    }

    private void loadSort(FxRobot robot) {
        fx.load(robot, SORT_32);
        waitUntil(() -> fx.workbench.state().shownProperty().get() != null
                && fx.workbench.state().shownProperty().get().model().isPresent());
    }

    private MenuItem menuItem() {
        VBox top = (VBox) ((javafx.scene.layout.BorderPane) fx.workbench.window().root()).getTop();
        MenuBar bar = (MenuBar) top.getChildren().get(0);
        return bar.getMenus().get(0).getItems().stream().filter(i -> "export-weights".equals(i.getId())).findFirst()
                .orElseThrow();
    }

    @Test
    void theMenuItemWritesTheShownModelOnAnotherThreadWithProgressToTheEnd(FxRobot robot) throws Exception {
        loadSort(robot);
        Path folder = out.resolve("sort-weights");
        fx.weightsDialogs.folders.add(folder);
        AtomicReference<String> writer = new AtomicReference<>();
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Double> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> {
            actions().progressProperty().addListener((obs, was, now) -> seen.add(now.doubleValue()));
            actions().tap((done, total) -> {
                if (writer.compareAndSet(null, Thread.currentThread().getName())) {
                    writing.countDown();
                    await(release);
                }
            });
        });
        MenuItem item = menuItem();
        assertThat(item.getAccelerator().getDisplayText()).contains("E");
        robot.interact(item::fire);
        assertThat(writing.await(60, TimeUnit.SECONDS)).isTrue();
        // The writer is held mid-export: the FX thread still answers, shows the progress and disables the item.
        boolean[] during = new boolean[3];
        robot.interact(() -> {
            during[0] = actions().runningProperty().get();
            during[1] = item.isDisable();
            during[2] = robot.lookup("#weights-export-progress").query().isVisible();
        });
        assertThat(during).containsExactly(true, true, true);
        release.countDown();
        waitUntil(() -> !fx.weightsDialogs.exported.isEmpty());

        assertThat(writer.get()).startsWith("rasp-weights-export").isNotEqualTo("JavaFX Application Thread");
        assertThat(fx.weightsDialogs.exported).containsExactly(folder);
        assertThat(fx.weightsDialogs.replaceAsked).containsExactly(false);
        assertThat(fx.weightsDialogs.failures).isEmpty();
        for (String f : List.of(ExportWriter.WEIGHTS, ExportWriter.CONFIG, ExportWriter.VOCAB, ExportWriter.README)) {
            assertThat(folder.resolve(f)).isNotEmptyFile();
        }
        CompiledModel model = fx.workbench.state().shownProperty().get().model().orElseThrow();
        Matcher d = Pattern.compile("\"d_model\"\\s*:\\s*(\\d+)").matcher(Files.readString(folder.resolve(ExportWriter.CONFIG)));
        assertThat(d.find()).isTrue();
        assertThat(Integer.parseInt(d.group(1))).isEqualTo(model.residual().size());
        assertThat(seen.stream().filter(v -> v > 0 && v < 1)).as("progress between the ends").isNotEmpty();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actions().runningProperty().get()).isFalse();
        assertThat(item.isDisable()).isFalse();
    }

    @Test
    void cancellingLeavesThePreviousExportAsItWas(FxRobot robot) throws Exception {
        loadSort(robot);
        Path folder = Files.createDirectories(out.resolve("old"));
        Files.writeString(folder.resolve(ExportWriter.WEIGHTS), "previous weights");
        Files.writeString(folder.resolve(ExportWriter.CONFIG), "previous config");
        Map<String, String> before = contents(folder);
        fx.weightsDialogs.folders.add(folder);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> actions().tap((done, total) -> {
            if (writing.getCount() > 0 && done < total) {
                writing.countDown();
                await(release);
            }
        }));
        var outcome = WaitForAsyncUtils.asyncFx(() -> actions().exportWeights()).get();
        assertThat(writing.await(60, TimeUnit.SECONDS)).as("the export reports progress before its end").isTrue();
        robot.interact(() -> robot.lookup("#weights-export-cancel").queryButton().fire());
        release.countDown();
        assertThat(outcome.get(60, TimeUnit.SECONDS)).isEqualTo(WeightsExportActions.Outcome.CANCELLED);
        assertThat(fx.weightsDialogs.replaceAsked).containsExactly(true);
        assertThat(contents(folder)).isEqualTo(before);
        assertThat(fx.weightsDialogs.exported).isEmpty();
        assertThat(fx.weightsDialogs.failures).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actions().runningProperty().get()).isFalse();
    }

    @Test
    void declinedReplacementWritesNothing(FxRobot robot) throws Exception {
        loadSort(robot);
        Path folder = Files.createDirectories(out.resolve("old"));
        Files.writeString(folder.resolve(ExportWriter.WEIGHTS), "previous weights");
        Map<String, String> before = contents(folder);
        fx.weightsDialogs.folders.add(folder);
        fx.weightsDialogs.type = java.util.Optional.empty();
        var outcome = WaitForAsyncUtils.asyncFx(() -> actions().exportWeights()).get();
        assertThat(outcome.get(60, TimeUnit.SECONDS)).isEqualTo(WeightsExportActions.Outcome.DECLINED);
        assertThat(fx.weightsDialogs.replaceAsked).containsExactly(true);
        assertThat(contents(folder)).isEqualTo(before);
    }

    @Test
    void aFolderThatIsAFileIsReportedInTheUsersTerms(FxRobot robot) throws Exception {
        loadSort(robot);
        Path file = Files.writeString(out.resolve("notes.txt"), "not a folder");
        fx.weightsDialogs.folders.add(file);
        fx.weightsDialogs.type = java.util.Optional.of(DType.FLOAT64);
        var outcome = WaitForAsyncUtils.asyncFx(() -> actions().exportWeights()).get();
        assertThat(outcome.get(60, TimeUnit.SECONDS)).isEqualTo(WeightsExportActions.Outcome.FAILED);
        assertThat(fx.weightsDialogs.failures).singleElement().asString()
                .contains(file.toAbsolutePath().toString()).contains("is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
        assertThat(out.toFile().list()).containsExactly("notes.txt");
    }

    @Test
    void theMenuItemIsDisabledWithoutAModel(FxRobot robot) {
        fx.load(robot, "x = ;");
        waitUntil(() -> fx.workbench.state().latestProperty().get() != null);
        MenuItem item = menuItem();
        assertThat(fx.workbench.state().shownProperty().get() == null
                || fx.workbench.state().shownProperty().get().model().isEmpty()).isTrue();
        assertThat(item.isDisable()).isTrue();
        loadSort(robot);
        assertThat(item.isDisable()).isFalse();
    }

    private static Map<String, String> contents(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
        }
        return files;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
