package org.raspworkbench.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.Embedding;
import org.raspworkbench.core.model.HeadCircuit;
import org.raspworkbench.core.model.LayerCircuit;
import org.raspworkbench.core.model.MlpPart;
import org.raspworkbench.core.model.ResidualGroup;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.json.JsonText;

/**
 * {@code ground_truth.json}: what every head, MLP and residual direction of the exported model
 * implements, in TransformerLens's terms (hook names, head indices, {@code d_mlp} columns,
 * residual indices), and the circuit as edges between components, each carrying the S-op it passes
 * on. It is the known answer circuit-discovery methods are scored against.
 *
 * <p>Components are named {@code embed}, {@code L.H} (layer and head: {@code 1.0}) and {@code L.mlp}.
 * A selector width is two components, its head (which writes the scratch direction
 * {@code NAME_selector_width_attn_output}) and its MLP (which writes the width).
 */
final class GroundTruthJson {
    /** What a selector width's head writes and its MLP reads (Tracr's name for the direction). */
    private static final String SCRATCH = "_selector_width_attn_output";

    private GroundTruthJson() {
    }

    static String document(String modelName, CompiledModel model) {
        Map<Integer, String> writerOfColumn = writers(model);
        return JsonText.pretty(g -> {
            g.writeStartObject();
            g.writeStringField("model_name", modelName);
            g.writeStringField("output", model.output().sop().name());
            g.writeArrayFieldStart("heads");
            for (LayerCircuit layer : model.circuits()) {
                for (int h = 0; h < layer.heads().size(); h++) head(g, model, layer.layer(), h, layer.heads().get(h));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("unused_heads");
            for (LayerCircuit layer : model.circuits()) {
                for (int h = layer.heads().size(); h < model.config().heads(); h++) {
                    g.writeStartObject();
                    g.writeNumberField("layer", layer.layer());
                    g.writeNumberField("head", h);
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("mlps");
            for (LayerCircuit layer : model.circuits()) {
                for (MlpPart part : layer.mlp()) mlp(g, model, layer, part);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("residual");
            for (ResidualGroup group : model.groups()) {
                for (int i = group.from(); i < group.to(); i++) {
                    g.writeStartObject();
                    g.writeNumberField("index", i);
                    g.writeStringField("label", model.residual().get(i).label());
                    if (group.owner().isPresent()) {
                        g.writeStringField("sop", group.owner().get().name());
                        g.writeStringField("kind", kind(group.owner().get()));
                    } else {
                        g.writeNullField("sop");
                        g.writeNullField("kind");
                    }
                    g.writeStringField("role", group.role().name().toLowerCase(java.util.Locale.ROOT));
                    String writer = writerOfColumn.get(i);
                    if (writer == null) g.writeNullField("written_by");
                    else g.writeStringField("written_by", writer);
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            sops(g, model, writerOfColumn);
            edges(g, model);
            g.writeEndObject();
        });
    }

    private static void head(JsonGenerator g, CompiledModel model, int layer, int h, HeadCircuit head) throws IOException {
        SOp sop = head.sop();
        g.writeStartObject();
        g.writeStringField("component", layer + "." + h);
        g.writeNumberField("layer", layer);
        g.writeNumberField("head", h);
        g.writeStringField("sop", sop.name());
        g.writeStringField("kind", kind(sop));
        g.writeStringField("encoding", sop.encoding().label());
        Select select = select(sop);
        g.writeStringField("query_sop", select.queries().name());
        g.writeStringField("key_sop", select.keys().name());
        if (sop instanceof AggregateOp a) g.writeStringField("value_sop", a.sop().name());
        else g.writeNullField("value_sop");
        g.writeObjectFieldStart("hooks");
        g.writeStringField("z", "blocks." + layer + ".attn.hook_z");
        g.writeStringField("pattern", "blocks." + layer + ".attn.hook_pattern");
        g.writeStringField("attn_scores", "blocks." + layer + ".attn.hook_attn_scores");
        g.writeStringField("result", "blocks." + layer + ".attn.hook_result");
        g.writeEndObject();
        labels(g, "reads_query", model, head.query());
        labels(g, "reads_key", model, head.key());
        labels(g, "reads_value", model, head.value());
        labels(g, "writes", model, head.output());
        g.writeEndObject();
    }

    private static void mlp(JsonGenerator g, CompiledModel model, LayerCircuit layer, MlpPart part) throws IOException {
        SOp sop = part.sop();
        g.writeStartObject();
        g.writeStringField("component", layer.layer() + ".mlp");
        g.writeNumberField("layer", layer.layer());
        g.writeStringField("sop", sop.name());
        g.writeStringField("kind", kind(sop));
        g.writeStringField("encoding", sop.encoding().label());
        // a selector width's MLP reads its head's scratch direction, not the select's S-ops
        g.writeArrayFieldStart("inputs");
        if (sop instanceof SelectorWidthOp) g.writeString(sop.name() + SCRATCH);
        else for (SOp in : inputs(sop)) g.writeString(in.name());
        g.writeEndArray();
        g.writeObjectFieldStart("hooks");
        g.writeStringField("pre", "blocks." + layer.layer() + ".mlp.hook_pre");
        g.writeStringField("post", "blocks." + layer.layer() + ".mlp.hook_post");
        g.writeStringField("out", "blocks." + layer.layer() + ".hook_mlp_out");
        g.writeEndObject();
        int[] units = part.hidden();
        g.writeArrayFieldStart("hidden_units");
        for (int u : units) g.writeNumber(u);
        g.writeEndArray();
        boolean contiguous = units.length > 0;
        for (int i = 1; i < units.length; i++) contiguous &= units[i] == units[0] + i;
        if (contiguous) {
            g.writeArrayFieldStart("hidden_range");
            g.writeNumber(units[0]);
            g.writeNumber(units[0] + units.length);
            g.writeEndArray();
        } else {
            g.writeNullField("hidden_range");
        }
        g.writeArrayFieldStart("hidden_labels");
        for (int u : units) g.writeString(layer.hiddenUnits().get(u).label());
        g.writeEndArray();
        labels(g, "reads", model, part.input());
        labels(g, "writes", model, part.output());
        g.writeEndObject();
    }

    /** Every S-op in the residual stream: its kind, encoding, directions, inputs and writers. */
    private static void sops(JsonGenerator g, CompiledModel model, Map<Integer, String> writerOfColumn) throws IOException {
        g.writeArrayFieldStart("sops");
        for (ResidualGroup group : model.groups()) {
            if (group.owner().isEmpty() || group.role() != org.raspworkbench.core.model.GroupRole.VALUES) continue;
            SOp sop = group.owner().get();
            g.writeStartObject();
            g.writeStringField("name", sop.name());
            g.writeStringField("kind", kind(sop));
            g.writeStringField("encoding", sop.encoding().label());
            g.writeArrayFieldStart("residual_range");
            g.writeNumber(group.from());
            g.writeNumber(group.to());
            g.writeEndArray();
            g.writeArrayFieldStart("inputs");
            for (SOp in : inputs(sop)) g.writeString(in.name());
            g.writeEndArray();
            Set<String> writers = new LinkedHashSet<>();
            for (int c = group.from(); c < group.to(); c++) {
                if (writerOfColumn.containsKey(c)) writers.add(writerOfColumn.get(c));
            }
            g.writeArrayFieldStart("written_by");
            for (String w : writers) g.writeString(w);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Who writes each residual column: {@code embed}, a head {@code L.H} or an MLP {@code L.mlp}. */
    private static Map<Integer, String> writers(CompiledModel model) {
        Map<Integer, String> out = new HashMap<>();
        Embedding e = model.embedding();
        for (int c : e.tokenColumns()) out.put(c, "embed");
        for (int c : e.positionColumns()) out.put(c, "embed");
        if (e.one() >= 0) out.put(e.one(), "embed");
        for (LayerCircuit layer : model.circuits()) {
            for (int h = 0; h < layer.heads().size(); h++) {
                for (int c : layer.heads().get(h).output()) out.putIfAbsent(c, layer.layer() + "." + h);
            }
            for (MlpPart part : layer.mlp()) {
                for (int c : part.output()) out.putIfAbsent(c, layer.layer() + ".mlp");
            }
        }
        return out;
    }

    /** The circuit: for every S-op a component computes, an edge from the writer of each S-op it reads. */
    private static void edges(JsonGenerator g, CompiledModel model) throws IOException {
        Map<Integer, String> writer = new HashMap<>();
        for (LayerCircuit layer : model.circuits()) {
            for (int h = 0; h < layer.heads().size(); h++) {
                writer.put(layer.heads().get(h).sop().id(), layer.layer() + "." + h);
            }
            // a selector width's MLP comes after its head: the MLP is what writes the width
            for (MlpPart part : layer.mlp()) writer.put(part.sop().id(), layer.layer() + ".mlp");
        }
        g.writeArrayFieldStart("edges");
        Set<String> seen = new LinkedHashSet<>();
        for (LayerCircuit layer : model.circuits()) {
            for (int h = 0; h < layer.heads().size(); h++) {
                HeadCircuit head = layer.heads().get(h);
                for (SOp in : inputs(head.sop())) edge(g, seen, source(in, writer), layer.layer() + "." + h, in.name());
            }
            for (MlpPart part : layer.mlp()) {
                String to = layer.layer() + ".mlp";
                if (part.sop() instanceof SelectorWidthOp w) {
                    edge(g, seen, headOf(model, w), to, w.name() + SCRATCH);
                } else {
                    for (SOp in : inputs(part.sop())) edge(g, seen, source(in, writer), to, in.name());
                }
            }
        }
        g.writeEndArray();
    }

    private static String headOf(CompiledModel model, SelectorWidthOp w) {
        for (LayerCircuit layer : model.circuits()) {
            for (int h = 0; h < layer.heads().size(); h++) {
                if (layer.heads().get(h).sop().id() == w.id()) return layer.layer() + "." + h;
            }
        }
        return "embed";
    }

    private static String source(SOp in, Map<Integer, String> writer) {
        if (in instanceof TokensOp || in instanceof IndicesOp) return "embed";
        return writer.getOrDefault(in.id(), "embed");
    }

    private static void edge(JsonGenerator g, Set<String> seen, String from, String to, String sop) throws IOException {
        if (!seen.add(from + "\u0000" + to + "\u0000" + sop)) return;
        g.writeStartObject();
        g.writeStringField("from", from);
        g.writeStringField("to", to);
        g.writeStringField("sop", sop);
        g.writeEndObject();
    }

    /** The S-ops a compiled S-op reads: a head its select's queries and keys (and the values), an MLP its arguments. */
    static List<SOp> inputs(SOp s) {
        List<SOp> out = new ArrayList<>();
        if (s instanceof MapOp m) out.add(m.inner());
        else if (s instanceof SequenceMapOp q) {
            out.add(q.first());
            if (q.second().id() != q.first().id()) out.add(q.second());
        } else if (s instanceof LinearSequenceMapOp l) {
            out.add(l.first());
            if (l.second().id() != l.first().id()) out.add(l.second());
        } else if (s instanceof AggregateOp || s instanceof SelectorWidthOp) {
            Select sel = select(s);
            out.add(sel.queries());
            if (sel.keys().id() != sel.queries().id()) out.add(sel.keys());
            if (s instanceof AggregateOp a && a.sop().id() != sel.queries().id() && a.sop().id() != sel.keys().id()) {
                out.add(a.sop());
            }
        }
        return out;
    }

    private static Select select(SOp s) {
        if (s instanceof AggregateOp a && a.selector() instanceof Select sel) return sel;
        if (s instanceof SelectorWidthOp w && w.selector() instanceof Select sel) return sel;
        throw new IllegalStateException(s.name() + " is compiled to a head but has no plain select");
    }

    /** The RASP primitive that made the S-op, as Tracr's {@code rasp} module names it. */
    static String kind(SOp s) {
        if (s instanceof TokensOp) return "tokens";
        if (s instanceof IndicesOp) return "indices";
        if (s instanceof MapOp) return "map";
        if (s instanceof SequenceMapOp) return "sequence_map";
        if (s instanceof LinearSequenceMapOp) return "linear_sequence_map";
        if (s instanceof AggregateOp) return "aggregate";
        return "selector_width";
    }

    private static void labels(JsonGenerator g, String field, CompiledModel model, int[] columns) throws IOException {
        g.writeArrayFieldStart(field);
        for (int c : columns) {
            BasisDirection d = model.residual().get(c);
            g.writeString(d.label());
        }
        g.writeEndArray();
    }
}
