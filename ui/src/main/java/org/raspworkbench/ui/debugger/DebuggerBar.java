package org.raspworkbench.ui.debugger;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.raspworkbench.ui.state.DebuggerState;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.theme.IconButtons;

/** Restart, back, forward, run; a slider over the snapshots; where we are; jump to a layer. */
public final class DebuggerBar extends HBox {
    public DebuggerBar(WorkbenchState state, DebuggerController controller) {
        DebuggerState debugger = state.debugger();
        getStyleClass().add("debugger-bar");
        Label title = new Label("Debug");
        title.getStyleClass().add("field-label");

        Button restart = IconButtons.flat("debug-restart", Feather.SKIP_BACK, "Back to the embeddings (Shift+F5)", controller::restart);
        Button back = IconButtons.flat("debug-back", Feather.CHEVRON_LEFT, "Step back one sub-layer (Shift+F10)", controller::stepBack);
        Button forward = IconButtons.flat("debug-forward", Feather.CHEVRON_RIGHT, "Step forward one sub-layer (F10)", controller::stepForward);
        Button run = IconButtons.flat("debug-run", Feather.PLAY, "Run to the next breakpoint or the end (F5)", controller::resume);
        Button end = IconButtons.flat("debug-end", Feather.SKIP_FORWARD, "Run to the end (Ctrl+F5)", controller::runToEnd);
        back.disableProperty().bind(debugger.snapshotProperty().lessThanOrEqualTo(0));
        restart.disableProperty().bind(back.disableProperty());
        forward.disableProperty().bind(debugger.snapshotProperty().greaterThanOrEqualTo(debugger.lastSnapshotProperty()));
        run.disableProperty().bind(forward.disableProperty());
        end.disableProperty().bind(forward.disableProperty());

        Slider slider = new Slider(0, 0, 0);
        slider.setId("debug-slider");
        slider.setMajorTickUnit(2);
        slider.setMinorTickCount(1);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setBlockIncrement(1);
        slider.maxProperty().bind(debugger.lastSnapshotProperty());
        slider.valueProperty().addListener((obs, was, now) -> debugger.moveTo((int) Math.round(now.doubleValue())));
        debugger.snapshotProperty().addListener((obs, was, now) -> slider.setValue(now.intValue()));
        slider.disableProperty().bind(debugger.lastSnapshotProperty().isEqualTo(0));

        Label position = new Label();
        position.setId("debug-position");
        position.getStyleClass().add("debugger-position");
        position.textProperty().bind(Bindings.createStringBinding(
                () -> DebuggerState.describe(debugger.snapshot()) + "  (" + debugger.snapshot() + "/" + debugger.lastSnapshot() + ")",
                debugger.snapshotProperty(), debugger.lastSnapshotProperty()));

        Label layerLabel = new Label("Layer");
        Spinner<Integer> layer = new Spinner<>();
        layer.setId("debug-layer");
        layer.setPrefWidth(72);
        SpinnerValueFactory.IntegerSpinnerValueFactory layers = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 0, 0);
        layers.maxProperty().bind(Bindings.max(0, debugger.lastSnapshotProperty().divide(2).subtract(1)));
        layer.setValueFactory(layers);
        layer.setTooltip(new Tooltip("Jump to a layer: shows the residual stream after its attention"));
        layer.valueProperty().addListener((obs, was, now) -> {
            if (now != null && now != DebuggerState.layerOf(debugger.snapshot())) controller.jumpToLayer(now);
        });
        debugger.snapshotProperty().addListener((obs, was, now) -> layers.setValue(DebuggerState.layerOf(now.intValue())));
        layer.disableProperty().bind(slider.disableProperty());

        // Labels keep their text when the window narrows; the slider gives way instead.
        for (Label l : new Label[] {title, position, layerLabel}) l.setMinWidth(Region.USE_PREF_SIZE);
        slider.setMinWidth(80);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(title, restart, back, forward, run, end, slider, position, spacer, layerLabel, layer);
    }
}
