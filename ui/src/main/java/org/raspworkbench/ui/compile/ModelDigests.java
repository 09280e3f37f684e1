package org.raspworkbench.ui.compile;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ModelConfig;
import org.raspworkbench.core.model.SOpValueSet;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.state.ModelLayout;
import org.raspworkbench.ui.state.SubLayer;
import org.raspworkbench.ui.views.data.LayerBlock;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.ModelSize;
import org.raspworkbench.ui.views.data.SopValues;
import org.raspworkbench.ui.views.data.SubLayerKind;

/** Turns a compiled model into what the views read (a digest) and what the debugger walks (a layout). */
public final class ModelDigests {
    private ModelDigests() {
    }

    public static ModelDigest digest(CompiledModel model) {
        ModelConfig c = model.config();
        ModelSize size = new ModelSize(c.dModel(), c.layers(), c.heads(), c.keySize(), c.mlpHidden(),
                model.weights().parameterCount());
        List<LayerBlock> blocks = new ArrayList<>();
        for (org.raspworkbench.core.model.LayerBlock b : model.blocks()) {
            SubLayerKind kind = b.kind() == BlockKind.ATTENTION ? SubLayerKind.ATTENTION : SubLayerKind.MLP;
            blocks.add(new LayerBlock(new org.raspworkbench.ui.views.data.SubLayer(b.layer(), kind), b.width(), b.sops()));
        }
        List<SopValues> valueSets = new ArrayList<>();
        for (SOpValueSet v : model.valueSets()) valueSets.add(new SopValues(v.sop(), v.values()));
        return ModelDigest.of(size, model.residual(), blocks, valueSets, model.program().nodes());
    }

    public static ModelLayout layout(CompiledModel model) {
        List<SubLayer> subLayers = new ArrayList<>();
        for (org.raspworkbench.core.model.LayerBlock b : model.blocks()) {
            int index = 2 * b.layer() + (b.kind() == BlockKind.MLP ? 1 : 0);
            subLayers.add(new SubLayer(index, b.sops().stream().map(SOp::name).distinct().toList()));
        }
        return new ModelLayout(model.config().layers(), subLayers);
    }
}
