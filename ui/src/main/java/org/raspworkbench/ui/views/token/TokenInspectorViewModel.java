package org.raspworkbench.ui.views.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.views.TraceViewModel;
import org.raspworkbench.ui.views.data.DecodedValue;
import org.raspworkbench.ui.views.data.ResidualDecoder;
import org.raspworkbench.ui.views.data.ResidualGroupDigest;
import org.raspworkbench.ui.views.data.SopIdentity;
import org.raspworkbench.ui.views.data.TraceDigest;
import org.raspworkbench.ui.views.data.Verdict;

/**
 * State of the per-token panel. A snapshot index outside the trace shows the last snapshot; a
 * position outside the input is clamped. The output S-op comes first wherever S-ops are listed;
 * the filter (a part of an S-op's name, any case) narrows the table and the bars, never the
 * output row.
 */
public final class TokenInspectorViewModel extends TraceViewModel {
    private final IntegerProperty position = new SimpleIntegerProperty(this, "position", 1);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");

    public TokenInspectorViewModel(ObjectProperty<SOp> selection) {
        super(selection);
    }

    public IntegerProperty positionProperty() { return position; }
    public StringProperty filterProperty() { return filter; }

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

    /** Every S-op at the current position, the output first, narrowed by the filter. */
    public List<DecodedValue> rows() {
        if (!ready()) return List.of();
        List<DecodedValue> outputFirst = new ArrayList<>();
        List<DecodedValue> others = new ArrayList<>();
        for (DecodedValue d : unfiltered()) {
            if (passes(d.sop().name())) (isOutput(d.sop()) ? outputFirst : others).add(d);
        }
        outputFirst.addAll(others);
        return outputFirst;
    }

    /** The verdicts at the current position over every S-op, whatever the filter shows. */
    public String summary() {
        return ready() ? summarize(unfiltered()) : "";
    }

    public boolean anyMismatch() {
        return ready() && hasMismatch(unfiltered());
    }

    private List<DecodedValue> unfiltered() {
        return ResidualDecoder.decode(modelProperty().get(), traceProperty().get(), snapshot(), effectivePosition());
    }

    /** The output S-op at every input position at the current snapshot: what the model reads against what the program says. */
    public List<OutputCell> outputCells() {
        if (!ready()) return List.of();
        List<DecodedValue> row = ResidualDecoder.outputRow(modelProperty().get(), traceProperty().get(), snapshot());
        Set<Integer> changed = changedOutputPositions();
        List<OutputCell> out = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            out.add(new OutputCell(i + 1, traceProperty().get().tokens().get(i + 1).str(), row.get(i),
                    changed.contains(i + 1)));
        }
        return out;
    }

    /** Names of the S-ops that read differently from the clean run at the current position and snapshot. */
    public Set<String> changedSops() {
        if (!patched()) return Set.of();
        return ChangedAgainstClean.sopsAt(modelProperty().get(), traceProperty().get(), cleanTraceProperty().get(),
                snapshot(), effectivePosition());
    }

    /** Stream positions whose output differs from the clean run at the current snapshot. */
    public Set<Integer> changedOutputPositions() {
        if (!patched()) return Set.of();
        return ChangedAgainstClean.outputPositions(modelProperty().get(), traceProperty().get(),
                cleanTraceProperty().get(), snapshot());
    }

    public boolean isChanged(SOp sop) {
        return sop != null && changedSops().contains(sop.name());
    }

    /** "patched: 2 S-ops changed here, output changed at 1, 3": empty for a clean run. */
    public String changeSummary() {
        if (!patched()) return "";
        Set<String> sops = changedSops();
        Set<Integer> outputs = changedOutputPositions();
        StringBuilder sb = new StringBuilder("against clean: ");
        sb.append(sops.isEmpty() ? "no S-op changed here" : sops.size() + (sops.size() == 1 ? " S-op" : " S-ops")
                + " changed here");
        sb.append(outputs.isEmpty() ? ", output unchanged" : ", output changed at "
                + String.join(", ", outputs.stream().map(String::valueOf).toList()));
        return sb.toString();
    }

    public Optional<SOp> output() {
        return modelProperty().get() == null ? Optional.empty() : Optional.of(modelProperty().get().output().sop());
    }

    public boolean isOutput(SOp sop) {
        return modelProperty().get() != null && modelProperty().get().isOutput(sop);
    }

    /** Whether a name passes the filter: it contains the filter's text, ignoring case and surrounding blanks. */
    boolean passes(String name) {
        String f = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        return f.isEmpty() || name.toLowerCase(Locale.ROOT).contains(f);
    }

    public List<ResidualBar> bars() {
        if (!ready()) return List.of();
        double[] v = traceProperty().get().residual(snapshot(), effectivePosition());
        double max = 1e-12;
        for (double x : v) max = Math.max(max, Math.abs(x));
        Set<BasisDirection> written = written();
        List<ResidualGroupDigest> outputFirst = new ArrayList<>();
        List<ResidualGroupDigest> others = new ArrayList<>();
        for (ResidualGroupDigest g : modelProperty().get().groups()) {
            if (!passes(g.name()) && !g.owner().map(o -> passes(o.name())).orElse(false)) continue;
            (g.owner().map(this::isOutput).orElse(false) ? outputFirst : others).add(g);
        }
        outputFirst.addAll(others);
        List<ResidualBar> out = new ArrayList<>();
        for (ResidualGroupDigest g : outputFirst) {
            boolean output = g.isValueEncoding() && isOutput(g.owner().get());
            out.add(new ResidualBar.Heading(g.name(), g.owner(), output));
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

    /**
     * "3 match, 1 mismatch, 1 tie, 2 not computed yet": the verdicts of a position at a glance (a
     * tie counts S-ops already computed whose argmax was decided by column order).
     */
    public static String summarize(List<DecodedValue> rows) {
        long bad = rows.stream().filter(r -> r.verdict() == Verdict.MISMATCH).count();
        long ok = rows.stream().filter(r -> r.verdict() == Verdict.MATCH).count();
        long later = rows.stream().filter(r -> r.verdict() == Verdict.NOT_COMPUTED_YET).count();
        long ties = rows.stream().filter(r -> r.verdict() != Verdict.NOT_COMPUTED_YET && r.isTie()).count();
        StringBuilder sb = new StringBuilder();
        sb.append(ok).append(" match");
        if (bad > 0) sb.append(", ").append(bad).append(bad == 1 ? " mismatch" : " mismatches");
        if (ties > 0) sb.append(", ").append(ties).append(ties == 1 ? " tie" : " ties");
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
