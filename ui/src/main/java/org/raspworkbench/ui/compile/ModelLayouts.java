package org.raspworkbench.ui.compile;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.LayerBlock;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.state.ModelLayout;
import org.raspworkbench.ui.state.SubLayerSops;
import org.raspworkbench.ui.views.data.SubLayer;

/** What the debugger walks of a compiled model: which S-ops each sub-layer computes. */
public final class ModelLayouts {
    private ModelLayouts() {
    }

    public static ModelLayout layout(CompiledModel model) {
        List<SubLayerSops> subLayers = new ArrayList<>();
        for (LayerBlock b : model.blocks()) {
            SubLayer sub = new SubLayer(b.layer(), b.kind() == BlockKind.MLP ? BlockKind.MLP : BlockKind.ATTENTION);
            subLayers.add(new SubLayerSops(sub, b.sops().stream().map(SOp::name).distinct().toList()));
        }
        return new ModelLayout(model.config().layers(), subLayers);
    }
}
