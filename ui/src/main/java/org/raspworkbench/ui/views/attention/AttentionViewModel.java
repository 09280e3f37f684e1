package org.raspworkbench.ui.views.attention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.figures.AttentionPattern;
import org.raspworkbench.ui.figures.CellHit;
import org.raspworkbench.ui.figures.ColorMap;
import org.raspworkbench.ui.figures.HitKind;
import org.raspworkbench.ui.figures.TraceFigures;
import org.raspworkbench.ui.views.data.BlockDigest;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.Snapshot;
import org.raspworkbench.ui.views.data.SopIdentity;
import org.raspworkbench.ui.views.data.SubLayer;
import org.raspworkbench.ui.views.data.TraceDigest;
import org.raspworkbench.ui.views.data.ValueText;

/**
 * State of the attention view: one pattern per head a layer uses (unused heads carry zero
 * weights and say nothing), the selection and the current step's layer.
 */
public final class AttentionViewModel {
    private final ObjectProperty<SOp> selection;
    private final ObjectProperty<ModelDigest> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<TraceDigest> trace = new SimpleObjectProperty<>(this, "trace");
    private final IntegerProperty snapshotIndex = new SimpleIntegerProperty(this, "snapshotIndex", -1);
    private final StringProperty programName = new SimpleStringProperty(this, "programName", "");
    private final ObjectProperty<ColorMap> colorMap = new SimpleObjectProperty<>(this, "colorMap", ColorMap.VIRIDIS);

    public AttentionViewModel(ObjectProperty<SOp> selection) {
        this.selection = selection;
    }

    public ObjectProperty<SOp> selectionProperty() { return selection; }
    public ObjectProperty<ModelDigest> modelProperty() { return model; }
    public ObjectProperty<TraceDigest> traceProperty() { return trace; }
    public IntegerProperty snapshotIndexProperty() { return snapshotIndex; }

    /** Names the figures in their titles (the IDE sets the file name). */
    public StringProperty programNameProperty() { return programName; }
    public ObjectProperty<ColorMap> colorMapProperty() { return colorMap; }

    /** The head's figure, as the command line would export it. */
    public AttentionPattern figure(HeadPattern head) {
        TraceDigest t = trace.get();
        String name = programName.get().isEmpty() ? "program" : programName.get();
        return TraceFigures.attention(name, head.layer(), head.head(), head.sop().map(SOp::name),
                t.tokens().subList(1, t.tokens().size()), t.tokens().get(0).str(), head.weights(), colorMap.get());
    }

    /** The hover text of a cell: query and key positions with their tokens, and the weight. */
    public static String describe(HeadPattern head, CellHit hit) {
        if (hit.kind() != HitKind.CELL) return head.title();
        return head.title() + "  \u00b7  query " + hit.row() + " (" + hit.rowLabel() + ") \u2192 key " + hit.column()
                + " (" + hit.columnLabel() + ")  \u00b7  weight " + ValueText.number(hit.value().orElse(Double.NaN));
    }

    public List<HeadPattern> heads() {
        ModelDigest m = model.get();
        TraceDigest t = trace.get();
        List<HeadPattern> out = new ArrayList<>();
        if (m == null || t == null) return out;
        for (int layer = 0; layer < t.attention().length && layer < m.size().layers(); layer++) {
            Optional<BlockDigest> block = m.block(new SubLayer(layer, BlockKind.ATTENTION));
            int used = block.map(BlockDigest::units).orElse(0);
            for (int head = 0; head < used && head < t.attention()[layer].length; head++) {
                Optional<SOp> sop = Optional.empty();
                if (block.isPresent() && head < block.get().sops().size()) sop = Optional.of(block.get().sops().get(head));
                out.add(new HeadPattern(layer, head, sop, t.attention()[layer][head]));
            }
        }
        return out;
    }

    /** The tokens as the axes show them, BOS first. */
    public List<String> tokenLabels() {
        List<String> out = new ArrayList<>();
        if (trace.get() != null) for (Value v : trace.get().tokens()) out.add(v.str());
        return out;
    }

    public boolean isSelected(HeadPattern head) {
        return head.sop().map(s -> SopIdentity.same(s, selection.get())).orElse(false);
    }

    /** True when the debugger's current step is this head's attention sub-layer. */
    public boolean isCurrent(HeadPattern head) {
        int i = snapshotIndex.get();
        if (i < 0) return false;
        return new Snapshot(i).producedBy().map(new SubLayer(head.layer(), BlockKind.ATTENTION)::equals).orElse(false);
    }

    public void select(HeadPattern head) {
        head.sop().ifPresent(selection::set);
    }
}
