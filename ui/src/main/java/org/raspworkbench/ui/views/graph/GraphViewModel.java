package org.raspworkbench.ui.views.graph;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.CallSite;
import org.raspworkbench.core.rasp.NodeOrigin;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.Snapshot;
import org.raspworkbench.ui.views.data.SopIdentity;

/**
 * State of the graph view: the program's dependency graph, which node is selected and which
 * nodes the current debugger step computes. A negative snapshot index means no step is shown.
 */
public final class GraphViewModel {
    private static final int MAX_SHOWN_VALUES = 40;
    private final ObjectProperty<SOp> selection;
    private final ObjectProperty<RaspProgram> program = new SimpleObjectProperty<>(this, "program");
    private final ObjectProperty<ModelDigest> model = new SimpleObjectProperty<>(this, "model");
    private final IntegerProperty snapshotIndex = new SimpleIntegerProperty(this, "snapshotIndex", -1);
    private final ReadOnlyObjectWrapper<DependencyGraph> graph =
            new ReadOnlyObjectWrapper<>(this, "graph", DependencyGraph.EMPTY);

    public GraphViewModel(ObjectProperty<SOp> selection) {
        this.selection = selection;
        program.addListener((o, a, p) -> graph.set(DependencyGraphBuilder.build(p)));
    }

    public ObjectProperty<SOp> selectionProperty() { return selection; }
    public ObjectProperty<RaspProgram> programProperty() { return program; }
    public ObjectProperty<ModelDigest> modelProperty() { return model; }
    public IntegerProperty snapshotIndexProperty() { return snapshotIndex; }
    public ReadOnlyObjectProperty<DependencyGraph> graphProperty() { return graph.getReadOnlyProperty(); }

    public DependencyGraph graph() {
        return graph.get();
    }

    public boolean isSelected(GraphNode node) {
        return SopIdentity.same(node.expr(), selection.get());
    }

    public boolean isOutput(GraphNode node) {
        return program.get() != null && SopIdentity.same(node.expr(), program.get().output());
    }

    /** True when the current debugger step computes the node (the embeddings compute the inputs). */
    public boolean isInStep(GraphNode node) {
        ModelDigest m = model.get();
        int index = snapshotIndex.get();
        if (m == null || index < 0 || index >= m.snapshotCount() || !(node.expr() instanceof SOp sop)) return false;
        Snapshot s = new Snapshot(index);
        if (s.producedBy().isEmpty()) return m.completedAt(sop).equals(Snapshot.EMBEDDINGS);
        for (SOp computed : m.computedBy(s)) if (SopIdentity.same(computed, sop)) return true;
        return false;
    }

    /** Clicking a node selects it when it is an S-op; a selector has no S-op to select. */
    public void click(GraphNode node) {
        if (node.expr() instanceof SOp sop) selection.set(sop);
    }

    /** The hover text without a layer (as before a model is compiled). */
    public String describe(GraphNode node) {
        return describe(node, "");
    }

    /**
     * The hover text: the node's full name, kind and encoding, the layer that computes it, where
     * the program made and named it and through which calls, its inputs and, once compiled, its
     * value set.
     */
    public String describe(GraphNode node, String layer) {
        StringBuilder sb = new StringBuilder(node.name()).append('\n').append(node.subtitle());
        if (!layer.isEmpty()) sb.append(" \u00b7 ").append(layer);
        RaspExpr e = node.expr();
        RaspProgram p = program.get();
        NodeOrigin origin = p == null ? NodeOrigin.NONE : p.origin(e);
        if (!e.range().isNone()) {
            sb.append("\nmade at line ").append(e.range().start().line()).append(", column ")
                    .append(e.range().start().column());
            if (!origin.line().isEmpty()) sb.append(": ").append(origin.line());
        }
        if (!origin.nameRange().isNone()) sb.append("\nnamed at line ").append(origin.nameRange().start().line());
        for (CallSite c : origin.calls()) {
            sb.append("\nin ").append(c.text().replaceAll("\\s+", " ")).append(" (line ")
                    .append(c.range().start().line());
            if (c.occurrence() > 1) sb.append(", call ").append(c.occurrence()).append(" of this line");
            sb.append(')');
        }
        if (e instanceof Select s) {
            sb.append("\nkeys: ").append(s.keys().name()).append(", queries: ").append(s.queries().name());
        } else if (e instanceof AggregateOp a) {
            sb.append("\nselector: ").append(a.selector().name()).append(", values: ").append(a.sop().name());
        }
        if (e instanceof SOp) {
            ModelDigest m = model.get();
            Optional<List<Value>> values = m == null ? Optional.empty() : m.valueSet(e);
            sb.append("\nvalue set: ").append(values.map(GraphViewModel::format).orElse("(not compiled)"));
        }
        return sb.toString();
    }

    /** Long value sets (numerical S-ops can have hundreds) are cut so the hover stays readable. */
    static String format(List<Value> values) {
        int shown = Math.min(values.size(), MAX_SHOWN_VALUES);
        String head = values.subList(0, shown).stream().map(Value::str).collect(Collectors.joining(", "));
        return values.size() > shown ? "{" + head + ", ... } (" + values.size() + " values)" : "{" + head + "}";
    }
}
