package org.raspworkbench.ui.views.layers;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.views.data.BlockDigest;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.ModelSize;
import org.raspworkbench.ui.views.data.Snapshot;
import org.raspworkbench.ui.views.data.SopIdentity;
import org.raspworkbench.ui.views.data.SubLayer;

/**
 * State of the layer allocation view. A negative snapshot index (or the embeddings) means no
 * sub-layer is current.
 */
public final class LayerAllocationViewModel {
    private final ObjectProperty<SOp> selection;
    private final ObjectProperty<ModelDigest> model = new SimpleObjectProperty<>(this, "model");
    private final IntegerProperty snapshotIndex = new SimpleIntegerProperty(this, "snapshotIndex", -1);

    public LayerAllocationViewModel(ObjectProperty<SOp> selection) {
        this.selection = selection;
    }

    public ObjectProperty<SOp> selectionProperty() { return selection; }
    public ObjectProperty<ModelDigest> modelProperty() { return model; }
    public IntegerProperty snapshotIndexProperty() { return snapshotIndex; }

    /** The model's size in one line, e.g. {@code residual 41 · 4 layers · 1 head · 30 hidden · 2,345 parameters}. */
    public String header() {
        ModelDigest m = model.get();
        if (m == null) return "no model";
        ModelSize s = m.size();
        return "residual width " + s.residualWidth() + "  \u00b7  " + plural(s.layers(), "layer") + "  \u00b7  "
                + plural(s.heads(), "head") + " per layer  \u00b7  key size " + s.keySize() + "  \u00b7  MLP hidden "
                + s.mlpHidden() + "  \u00b7  " + NumberFormat.getIntegerInstance(Locale.ROOT).format(s.parameters())
                + " parameters";
    }

    /** One figure of the header: its value and what it counts. */
    public record Stat(String value, String label) {
    }

    /** The model's size as header figures. */
    public List<Stat> stats() {
        ModelDigest m = model.get();
        if (m == null) return List.of();
        ModelSize s = m.size();
        return List.of(new Stat(Integer.toString(s.residualWidth()), "residual width"),
                new Stat(Integer.toString(s.layers()), s.layers() == 1 ? "layer" : "layers"),
                new Stat(Integer.toString(s.heads()), s.heads() == 1 ? "head per layer" : "heads per layer"),
                new Stat(Integer.toString(s.keySize()), "key size"),
                new Stat(Integer.toString(s.mlpHidden()), "MLP hidden"),
                new Stat(NumberFormat.getIntegerInstance(Locale.ROOT).format(s.parameters()), "parameters"));
    }

    /** The blocks of each layer, attention first, in layer order. */
    public List<List<BlockDigest>> columns() {
        ModelDigest m = model.get();
        List<List<BlockDigest>> out = new ArrayList<>();
        if (m == null) return out;
        for (int layer = 0; layer < m.size().layers(); layer++) {
            List<BlockDigest> column = new ArrayList<>();
            for (BlockKind kind : BlockKind.values()) {
                SubLayer sub = new SubLayer(layer, kind);
                column.add(m.block(sub).orElse(new BlockDigest(sub, 0, List.of())));
            }
            out.add(column);
        }
        return out;
    }

    /** {@code 2 heads}, {@code 12 hidden units}, or {@code empty}. */
    public static String usage(BlockDigest block) {
        if (block.isEmpty()) return "empty";
        return block.subLayer().kind() == BlockKind.ATTENTION
                ? plural(block.units(), "head") : plural(block.units(), "hidden unit");
    }

    /** The label of an S-op entry; in attention it names the head that computes it. */
    public static String entry(BlockDigest block, int index) {
        SOp sop = block.sops().get(index);
        return block.subLayer().kind() == BlockKind.ATTENTION ? "h" + index + "  " + sop.name() : sop.name();
    }

    public Optional<SubLayer> current() {
        int i = snapshotIndex.get();
        return i < 0 ? Optional.empty() : new Snapshot(i).producedBy();
    }

    public boolean isCurrent(BlockDigest block) {
        return current().map(block.subLayer()::equals).orElse(false);
    }

    public boolean isSelected(SOp sop) {
        return SopIdentity.same(sop, selection.get());
    }

    public void select(SOp sop) {
        selection.set(sop);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
