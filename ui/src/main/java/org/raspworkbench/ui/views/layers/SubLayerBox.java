package org.raspworkbench.ui.views.layers;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.views.ViewStyles;
import org.raspworkbench.ui.views.data.BlockDigest;

/** One sub-layer: its kind and usage, then one clickable entry per S-op it computes. */
final class SubLayerBox extends VBox {
    private final BlockDigest block;
    private final LayerAllocationViewModel viewModel;
    private final List<Label> entries = new ArrayList<>();

    SubLayerBox(BlockDigest block, LayerAllocationViewModel viewModel) {
        this.block = block;
        this.viewModel = viewModel;
        boolean attention = block.subLayer().kind() == BlockKind.ATTENTION;
        getStyleClass().addAll("sublayer", attention ? "attention-sublayer" : "mlp-sublayer");
        setId("sublayer-" + (attention ? "attn-" : "mlp-") + block.subLayer().layer());
        Label kind = new Label(block.subLayer().kind().displayName());
        kind.getStyleClass().add("sublayer-kind");
        Label usage = new Label(LayerAllocationViewModel.usage(block));
        usage.getStyleClass().add("sublayer-usage");
        getChildren().addAll(kind, usage);
        if (block.sops().isEmpty()) {
            getStyleClass().add("empty");
        }
        for (int i = 0; i < block.sops().size(); i++) {
            SOp sop = block.sops().get(i);
            Label entry = new Label(LayerAllocationViewModel.entry(block, i));
            entry.getStyleClass().addAll("alloc-sop", "encoding-" + sop.encoding().label());
            entry.setId("alloc-" + (attention ? "attn-" : "mlp-") + block.subLayer().layer() + "-" + sop.name());
            entry.setOnMouseClicked(e -> viewModel.select(sop));
            entry.setUserData(sop);
            entries.add(entry);
            getChildren().add(entry);
        }
    }

    void refresh() {
        ViewStyles.mark(this, "current", viewModel.isCurrent(block));
        for (Label e : entries) ViewStyles.mark(e, "selected", viewModel.isSelected((SOp) e.getUserData()));
    }
}
