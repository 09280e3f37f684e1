package org.raspworkbench.core.verification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.LayerBlock;
import org.raspworkbench.core.model.LayerCircuit;
import org.raspworkbench.core.model.SOpReadout;
import org.raspworkbench.core.model.SnapshotNumbering;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;

/**
 * Where the model computes one S-op: the sub-layer that writes it (the last one, for a selector
 * width's attention and MLP), the head that does so if any, and how to read it back. Every S-op a
 * block writes keeps its subspace unchanged afterwards, so reading the last residual stream gives
 * what the snapshot after the writing sub-layer holds.
 *
 * @param headLayer the layer of the head computing it (an aggregate's or a selector width's), or -1
 * @param head      that head's index in its layer, or -1
 */
public record SOpSite(SOp sop, SOpReadout readout, int snapshot, int layer, BlockKind kind, int headLayer, int head,
               Optional<List<Value>> valueSet) {

    /** The S-ops blocks write, in the order the model writes them (which is an order of dependencies). */
    public static List<SOpSite> of(CompiledModel model) {
        Map<Integer, SOpSite> sites = new LinkedHashMap<>();
        List<LayerBlock> blocks = model.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            LayerBlock b = blocks.get(i);
            for (SOp sop : b.sops()) {
                Optional<SOpReadout> readout = SOpReadout.of(model, sop);
                if (readout.isEmpty()) continue;
                int headLayer = -1;
                int head = -1;
                SOpSite before = sites.get(sop.id());
                if (before != null) {
                    headLayer = before.headLayer;
                    head = before.head;
                }
                if (b.kind() == BlockKind.ATTENTION) {
                    LayerCircuit c = model.circuits().get(b.layer());
                    for (int h = 0; h < c.heads().size(); h++) {
                        if (c.heads().get(h).sop().id() == sop.id()) {
                            headLayer = b.layer();
                            head = h;
                        }
                    }
                }
                sites.put(sop.id(), new SOpSite(sop, readout.get(), SnapshotNumbering.after(b.layer(), b.kind()), b.layer(), b.kind(), headLayer, head,
                        model.valueSetOf(sop)));
            }
        }
        List<SOpSite> out = new ArrayList<>(sites.values());
        out.sort(Comparator.comparingInt(SOpSite::snapshot));
        return out;
    }
}
