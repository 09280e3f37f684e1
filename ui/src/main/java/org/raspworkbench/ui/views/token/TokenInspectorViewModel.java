package org.raspworkbench.ui.views.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.views.TraceViewModel;
import org.raspworkbench.ui.views.data.DecodedValue;
import org.raspworkbench.ui.views.data.ResidualDecoder;
import org.raspworkbench.ui.views.data.ResidualGroup;
import org.raspworkbench.ui.views.data.SopIdentity;
import org.raspworkbench.ui.views.data.TraceDigest;
import org.raspworkbench.ui.views.data.Verdict;

/**
 * State of the per-token panel. A snapshot index outside the trace shows the last snapshot; a
 * position outside the input is clamped.
 */
public final class TokenInspectorViewModel extends TraceViewModel {
    private final IntegerProperty position = new SimpleIntegerProperty(this, "position", 1);

    public TokenInspectorViewModel(ObjectProperty<SOp> selection) {
        super(selection);
    }

    public IntegerProperty positionProperty() { return position; }

    public int effectivePosition() {
        int n = traceProperty().get() == null ? 1 : traceProperty().get().positions();
        return Math.max(0, Math.min(n - 1, position.get()));
    }

    /** {@code 0 · BOS}, {@code 1 · a}, ... */
    public List<String> positionLabels() {
        List<String> out = new ArrayList<>();
        TraceDigest t = traceProperty().get();
        if (t == null) return out;
        for (int p = 0; p < t.positions(); p++) out.add(p + " \u00b7 " + t.tokens().get(p).str());
        return out;
    }

    public List<DecodedValue> rows() {
        if (!ready()) return List.of();
        return ResidualDecoder.decode(modelProperty().get(), traceProperty().get(), snapshot(), effectivePosition());
    }

    public List<ResidualBar> bars() {
        if (!ready()) return List.of();
        double[] v = traceProperty().get().residual(snapshot(), effectivePosition());
        double max = 1e-12;
        for (double x : v) max = Math.max(max, Math.abs(x));
        Set<BasisDirection> written = written();
        List<ResidualBar> out = new ArrayList<>();
        for (ResidualGroup g : modelProperty().get().groups()) {
            out.add(new ResidualBar.Heading(g.name(), g.owner()));
            for (int i = 0; i < g.columns().size(); i++) {
                BasisDirection d = g.directions().get(i);
                double x = v[g.columns().get(i)];
                out.add(new ResidualBar.Bar(d, g.owner(), x, x / max, written.contains(d)));
            }
        }
        return out;
    }

    public boolean isSelected(SOp sop) {
        return SopIdentity.same(sop, selectionProperty().get());
    }

    public void select(SOp sop) {
        if (sop != null) selectionProperty().set(sop);
    }

    /** "3 match, 1 mismatch, 2 not computed yet": the verdicts of a position at a glance. */
    public static String summarize(List<DecodedValue> rows) {
        long bad = rows.stream().filter(r -> r.verdict() == Verdict.MISMATCH).count();
        long ok = rows.stream().filter(r -> r.verdict() == Verdict.MATCH).count();
        long later = rows.stream().filter(r -> r.verdict() == Verdict.NOT_COMPUTED_YET).count();
        StringBuilder sb = new StringBuilder();
        sb.append(ok).append(" match");
        if (bad > 0) sb.append(", ").append(bad).append(bad == 1 ? " mismatch" : " mismatches");
        if (later > 0) sb.append(", ").append(later).append(" not computed yet");
        return sb.toString();
    }

    public static boolean hasMismatch(List<DecodedValue> rows) {
        return rows.stream().anyMatch(r -> r.verdict() == Verdict.MISMATCH);
    }

    /** Bars grow both ways from a centre line only when some value is negative. */
    public static boolean anyNegative(List<ResidualBar> bars) {
        return bars.stream().anyMatch(b -> b instanceof ResidualBar.Bar x && x.value() < -1e-9);
    }
}
