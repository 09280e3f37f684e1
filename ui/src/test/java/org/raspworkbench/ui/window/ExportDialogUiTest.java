package org.raspworkbench.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.ui.figures.DirectionGroup;
import org.raspworkbench.ui.figures.ExportFormat;
import org.raspworkbench.ui.figures.Length;
import org.raspworkbench.ui.testing.WorkbenchFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real export dialog: owned by the window, leaves it as it was, reads its choices; the chooser's folder; the toast. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogUiTest {
    private static final Executor NOW = Runnable::run;
    @TempDir
    Path home;
    @TempDir
    Path work;
    private Stage stage;
    private final List<FileChooser> choosers = new ArrayList<>();
    private final List<Window> chooserOwners = new ArrayList<>();
    private Path answer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("main window")), 900, 600));
        stage.show();
    }

    private FxExportDialogs dialogs(Optional<Path> program) {
        ExportFolders folders = new ExportFolders(home, NOW);
        folders.load().join();
        return new FxExportDialogs(new OwnedDialogs(() -> stage), folders, () -> program, (owner, chooser) -> {
            choosers.add(chooser);
            chooserOwners.add(owner);
            return Optional.ofNullable(answer);
        });
    }

    private static ExportDialogs.Offer residualOffer() {
        return new ExportDialogs.Offer("heatmap", "reverse-residual",
                List.of("embeddings", "after attn 0", "after mlp 0", "after attn 1", "after mlp 1"), List.of(4),
                List.of(new DirectionGroup("indices", List.of("indices:0", "indices:1")),
                        new DirectionGroup("one", List.of("one")),
                        new DirectionGroup("tokens", List.of("tokens:a", "tokens:b"))), List.of(), List.of());
    }

    @Test
    void theDialogIsOwnedByTheWindowLeavesItMaximisedAndReturnsTheChoices(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setMaximized(true));
        WaitForAsyncUtils.waitForFxEvents();
        double[] before = {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        Path program = Files.createDirectories(work.resolve("papers")).resolve("reverse.rasp");
        Files.writeString(program, "output tokens;\n");
        FxExportDialogs dialogs = dialogs(Optional.of(program));
        answer = work.resolve("papers").resolve("fig3");
        CompletableFuture<Optional<ExportDialogs.Target>> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(dialogs.chooseTarget(residualOffer())));
        WorkbenchFixture.waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        Window dialogWindow = robot.lookup("#export-dialog").query().getScene().getWindow();
        assertThat(((Stage) dialogWindow).getOwner()).isSameAs(stage);

        robot.interact(() -> {
            robot.lookup("#export-width").queryAs(TextField.class).setText("85");
            robot.lookup("#export-font").queryAs(javafx.scene.control.Spinner.class).getEditor().setText("9");
            @SuppressWarnings("unchecked")
            javafx.scene.control.ChoiceBox<ExportFormat> format = robot.lookup("#export-format").queryAs(javafx.scene.control.ChoiceBox.class);
            format.setValue(ExportFormat.PDF);
        });
        ExportOptionsDialog shown = (ExportOptionsDialog) dialogOf(robot);
        assertThat(shown.groupItems()).as("groups show their rows' state").hasSize(3)
                .allMatch(javafx.scene.control.CheckBoxTreeItem::isSelected);
        robot.interact(() -> {
            shown.snapshotCheck(0).set(true);
            shown.rowItem(0).setSelected(false);
        });
        assertThat(shown.groupItems().get(0).isIndeterminate()).isTrue();
        robot.interact(() -> shown.groupItems().get(2).setSelected(false));
        assertThat(List.of(shown.rowItem(3).isSelected(), shown.rowItem(4).isSelected())).containsOnly(false);
        robot.interact(() -> shown.groupItems().get(2).setSelected(true));
        robot.clickOn("#export-ok");
        ExportDialogs.Target target = result.get(30, TimeUnit.SECONDS).orElseThrow();

        ExportOptions o = target.options();
        assertThat(target.file()).isEqualTo(work.resolve("papers").resolve("fig3.pdf"));
        assertThat(o.format()).isEqualTo(ExportFormat.PDF);
        assertThat(o.size().width()).contains(Length.mm(85));
        assertThat(o.size().height()).isEmpty();
        assertThat(o.size().fontPt()).isEqualTo(9);
        assertThat(o.snapshots()).containsExactly(0, 4);
        assertThat(o.rows()).containsExactly(1, 2, 3, 4);
        assertThat(o.withEmphasis()).as("the selection is left out unless asked").isFalse();
        // The chooser belongs to the window and starts in the program's folder with the name and extension proposed.
        assertThat(chooserOwners).containsExactly(stage);
        assertThat(choosers.get(0).getInitialDirectory().toPath()).isEqualTo(program.getParent());
        assertThat(choosers.get(0).getInitialFileName()).isEqualTo("reverse-residual.pdf");
        assertThat(stage.isMaximized()).isTrue();
        assertThat(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()}).containsExactly(before);
    }

    @Test
    void invalidChoicesDisableExportWithAMessage(FxRobot robot) {
        FxExportDialogs dialogs = dialogs(Optional.empty());
        Platform.runLater(() -> dialogs.chooseTarget(residualOffer()));
        WorkbenchFixture.waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#export-width").queryAs(TextField.class).setText("wide"));
        assertThat(robot.lookup("#export-ok").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#export-problem").queryAs(Label.class).getText()).contains("width");
        robot.interact(() -> robot.lookup("#export-width").queryAs(TextField.class).setText("3.5"));
        ExportOptionsDialog shown = (ExportOptionsDialog) dialogOf(robot);
        robot.interact(() -> shown.snapshotCheck(4).set(false));
        assertThat(robot.lookup("#export-problem").queryAs(Label.class).getText()).contains("snapshot");
        assertThat(robot.lookup("#export-ok").query().isDisabled()).isTrue();
        robot.interact(shown::close);
    }

    @Test
    void attentionOffersHeadsByLayer(FxRobot robot) throws Exception {
        FxExportDialogs dialogs = dialogs(Optional.empty());
        answer = work.resolve("heads.svg");
        ExportDialogs.Offer offer = new ExportDialogs.Offer("attention pattern", "sat3-attention", List.of(), List.of(),
                List.of(), List.of("L0.H0: a", "L0.H1: b", "L1.H0: c"), List.of(2));
        CompletableFuture<Optional<ExportDialogs.Target>> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(dialogs.chooseTarget(offer)));
        WorkbenchFixture.waitUntil(() -> robot.lookup("#export-layer-L0").tryQuery().isPresent());
        robot.clickOn("#export-layer-L0");
        robot.clickOn("#export-ok");
        ExportOptions o = result.get(30, TimeUnit.SECONDS).orElseThrow().options();
        assertThat(o.heads()).containsExactly(0, 1);
        assertThat(o.format()).as("the typed extension wins").isEqualTo(ExportFormat.SVG);
    }

    @Test
    void aChartOffersOnlyFormatAndSizeNotHeadsSnapshotsOrRows(FxRobot robot) throws Exception {
        FxExportDialogs dialogs = dialogs(Optional.empty());
        answer = work.resolve("table.pdf");
        CompletableFuture<Optional<ExportDialogs.Target>> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(dialogs.chooseTarget(ExportDialogs.Offer.single("MLP table", "p-mlp"))));
        WorkbenchFixture.waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#export-heads").tryQuery()).as("no heads to choose").isEmpty();
        assertThat(robot.lookup("#export-snapshots").tryQuery()).as("no snapshots to choose").isEmpty();
        assertThat(robot.lookup("#export-emphasis").tryQuery()).as("no emphasis to draw").isEmpty();
        assertThat(robot.lookup("#export-ok").query().isDisabled()).isFalse();
        WorkbenchFixture.waitUntil(() -> {
            javafx.scene.Node pane = robot.lookup("#export-dialog").query();
            return pane.getScene().getWindow().getWidth() >= ((javafx.scene.layout.Region) pane).prefWidth(-1);
        });
        robot.clickOn("#export-ok");
        assertThat(result.get(30, TimeUnit.SECONDS).orElseThrow().options().format()).isEqualTo(ExportFormat.PDF);
    }

    @Test
    void theDialogSaysHowBigTheFigurePrintsAndWhenItCannot(FxRobot robot) {
        List<String> tokens = List.of("BOS", "a", "b");
        double[][] w = {{1, 0, 0}, {0.5, 0.5, 0}, {0, 0, 1}};
        List<org.raspworkbench.ui.figures.Figure> heads = List.of(
                new org.raspworkbench.ui.figures.AttentionPattern("p L0.H0: x", tokens, tokens, w),
                new org.raspworkbench.ui.figures.AttentionPattern("p L0.H1: y", tokens, tokens, w));
        ExportDialogs.Offer offer = new ExportDialogs.Offer("attention pattern", "p-attention", List.of(), List.of(),
                List.of(), List.of("L0.H0: x", "L0.H1: y"), List.of(0, 1),
                Optional.of(o -> new org.raspworkbench.ui.figures.FigureSheet(
                        o.heads().stream().map(heads::get).toList(), o.columns())));
        FxExportDialogs dialogs = dialogs(Optional.empty());
        Platform.runLater(() -> dialogs.chooseTarget(offer));
        WorkbenchFixture.waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#export-width").queryAs(TextField.class).setText("85"));
        String size = robot.lookup("#export-size").queryAs(Label.class).getText();
        assertThat(size).startsWith("Prints at 85 \u00d7 ").contains(" mm (1004 \u00d7 ").endsWith(" px at 300 DPI)");
        robot.interact(() -> {
            robot.lookup("#export-width").queryAs(TextField.class).setText("5");
            robot.lookup("#export-font").queryAs(javafx.scene.control.Spinner.class).getEditor().setText("40");
        });
        assertThat(robot.lookup("#export-problem").queryAs(Label.class).getText()).contains("wider figure");
        assertThat(robot.lookup("#export-ok").query().isDisabled()).isTrue();
        robot.interact(() -> ((ExportOptionsDialog) dialogOf(robot)).close());
    }

    @Test
    void theChooserStartsInTheLastExportFolderNextTimeAndAfterARestart(FxRobot robot) throws Exception {
        Path program = work.resolve("p.rasp");
        Files.writeString(program, "output tokens;\n");
        Path figures = Files.createDirectories(work.resolve("figures"));
        FxExportDialogs dialogs = dialogs(Optional.of(program));
        ExportDialogs.Offer offer = residualOffer();
        assertThat(dialogs.chooser(offer, ExportFormat.PNG).getInitialDirectory().toPath()).isEqualTo(work);
        robot.interact(() -> dialogs.saved("heatmap", figures.resolve("a.png")));
        assertThat(dialogs.chooser(offer, ExportFormat.PNG).getInitialDirectory().toPath()).isEqualTo(figures);
        assertThat(dialogs(Optional.of(program)).chooser(offer, ExportFormat.SVG).getInitialDirectory().toPath())
                .as("remembered in the IDE's home folder").isEqualTo(figures);
        robot.interact(() -> dialogs.toast().ifPresent(Popup::hide));
    }

    @Test
    void aSampleOrUntitledProgramStartsInTheHomeFolderNotTheWorkingDirectory() throws Exception {
        Path user = Files.createDirectories(work.resolve("user"));
        assertThat(ExportFolders.startFolder(Optional.empty(), Optional.empty(), user)).isEqualTo(user);
        assertThat(ExportFolders.startFolder(Optional.of(work.resolve("deleted")), Optional.empty(), user)).isEqualTo(user);
        Path prog = work.resolve("x.rasp");
        assertThat(ExportFolders.startFolder(Optional.empty(), Optional.of(prog), user)).isEqualTo(work);
        assertThat(ExportFolders.startFolder(Optional.of(user), Optional.of(prog), user)).isEqualTo(user);
    }

    @Test
    void aToastOverTheWindowSaysWhereTheFileWent(FxRobot robot) {
        FxExportDialogs dialogs = dialogs(Optional.empty());
        Path file = work.resolve("fig.pdf");
        robot.interact(() -> dialogs.saved("heatmap", file));
        Popup toast = dialogs.toast().orElseThrow();
        assertThat(toast.isShowing()).isTrue();
        assertThat(toast.getOwnerWindow()).isSameAs(stage);
        Label text = (Label) toast.getScene().getRoot().lookup("#export-toast");
        assertThat(text.getText()).contains("heatmap", file.toAbsolutePath().toString());
        // Inside the window, near its bottom edge.
        assertThat(toast.getY()).isBetween(stage.getY() + stage.getHeight() / 2, stage.getY() + stage.getHeight());
        robot.interact(toast::hide);
    }

    private static Object dialogOf(FxRobot robot) {
        return robot.lookup("#export-dialog").query().getProperties().get(ExportOptionsDialog.class);
    }
}
