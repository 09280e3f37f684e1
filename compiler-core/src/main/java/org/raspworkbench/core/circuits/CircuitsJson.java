package org.raspworkbench.core.circuits;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.json.JsonText;
import org.raspworkbench.core.json.ValueJson;
import org.raspworkbench.core.rasp.SOp;

/**
 * {@code circuits.json}: every head's QK and OV grid, every MLP's table and breakpoints, and the
 * attribution of the example run, with Tracr's residual labels and TransformerLens's hook names, so
 * a notebook can plot or check them without the workbench.
 */
public final class CircuitsJson {
    private CircuitsJson() {
    }

    public static String document(String name, ModelCircuits c) {
        return JsonText.pretty(body(name, c));
    }

    /** The same document, streamed to {@code out} (which stays open). */
    public static void write(OutputStream out, String name, ModelCircuits c) throws IOException {
        JsonText.pretty(out, body(name, c));
    }

    private static JsonText.Body body(String name, ModelCircuits c) {
        Floats floats = new Floats();
        return g -> {
            g.writeStartObject();
            g.writeStringField("program", name);
            g.writeStringField("output", c.model().output().sop().name());
            g.writeArrayFieldStart("heads");
            for (HeadGrids h : c.heads()) head(g, h, floats);
            g.writeEndArray();
            g.writeArrayFieldStart("mlps");
            for (MlpTable t : c.mlps()) mlp(g, t);
            g.writeEndArray();
            if (c.run().isPresent()) {
                g.writeObjectFieldStart("attribution");
                g.writeFieldName("input");
                ValueJson.writeArray(g, c.run().get().input());
                g.writeArrayFieldStart("positions");
                for (PositionAttribution a : c.attribution()) attribution(g, a);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
        };
    }

    /**
     * Python's spelling of each distinct matrix value, kept: a grid holds a handful of distinct
     * values (0, half and all of the coldness over sqrt(d_head)) in millions of cells, and finding
     * the shortest digits of each again cost 10 s for sort's 1024 x 1025 grid at n = 32.
     */
    private static final class Floats {
        private final java.util.Map<Double, String> texts = new java.util.HashMap<>();

        void write(JsonGenerator g, double[] row) throws IOException {
            g.writeStartArray();
            for (double d : row) {
                String t = texts.get(d);
                if (t == null) {
                    t = ValueJson.floatText(d);
                    if (texts.size() < 65_536) texts.put(d, t);
                }
                g.writeNumber(t);
            }
            g.writeEndArray();
        }
    }

    private static void head(JsonGenerator g, HeadGrids h, Floats floats) throws IOException {
        g.writeStartObject();
        g.writeNumberField("layer", h.layer());
        g.writeNumberField("head", h.head());
        g.writeStringField("hook_pattern", "blocks." + h.layer() + ".attn.hook_pattern");
        g.writeStringField("sop", h.sop().name());
        g.writeStringField("kind", h.role().label());
        g.writeStringField("query_sop", h.querySop().name());
        g.writeStringField("key_sop", h.keySop().name());
        if (h.valueSop().isPresent()) g.writeStringField("value_sop", h.valueSop().get().name());
        else g.writeNullField("value_sop");
        g.writeObjectFieldStart("qk");
        labels(g, "queries", h.qk().queries());
        labels(g, "keys", h.qk().keys());
        g.writeNumberField("scale", h.qk().scale());
        matrix(g, "scores", h.qk().scores(), floats);
        g.writeEndObject();
        g.writeObjectFieldStart("ov");
        labels(g, "inputs", h.ov().inputs());
        directions(g, "outputs", h.ov().outputs());
        matrix(g, "values", h.ov().values(), floats);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void mlp(JsonGenerator g, MlpTable t) throws IOException {
        g.writeStartObject();
        g.writeNumberField("layer", t.layer());
        g.writeStringField("hook", "blocks." + t.layer() + ".hook_mlp_out");
        g.writeStringField("sop", t.sop().name());
        g.writeStringField("kind", t.kind().label());
        g.writeArrayFieldStart("inputs");
        for (SOp s : t.inputs()) g.writeString(s.name());
        g.writeEndArray();
        g.writeArrayFieldStart("hidden_units");
        for (int u : t.hiddenUnits()) g.writeNumber(u);
        g.writeEndArray();
        g.writeNumberField("mismatches", t.mismatches());
        g.writeArrayFieldStart("rows");
        for (MlpRow r : t.rows()) {
            g.writeStartObject();
            g.writeFieldName("input");
            ValueJson.writeArray(g, r.inputs());
            g.writeBooleanField("on_value_set", r.onValueSet());
            g.writeFieldName("model");
            ValueJson.write(g, r.model().value());
            if (r.model().isTie()) {
                g.writeFieldName("model_ties");
                ValueJson.writeArray(g, r.model().tied());
            }
            g.writeBooleanField("written", r.written());
            g.writeFieldName("program");
            if (r.program().isPresent()) ValueJson.write(g, r.program().get());
            else g.writeNull();
            if (r.failure().isPresent()) g.writeStringField("program_failure", r.failure().get());
            g.writeStringField("agreement", r.agreement().label());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("breakpoints");
        for (Breakpoint b : t.breakpoints()) {
            g.writeStartObject();
            g.writeStringField("unit", b.unit().label());
            g.writeFieldName("weight");
            ValueJson.writeFloat(g, b.weight());
            g.writeFieldName("bias");
            ValueJson.writeFloat(g, b.bias());
            g.writeFieldName("threshold");
            ValueJson.writeFloat(g, b.threshold());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void attribution(JsonGenerator g, PositionAttribution a) throws IOException {
        g.writeStartObject();
        g.writeNumberField("position", a.position());
        g.writeStringField("winner", a.winner().label());
        g.writeFieldName("winner_final");
        ValueJson.writeFloat(g, a.finalWinner());
        if (a.runnerUp().isPresent()) {
            g.writeStringField("runner_up", a.runnerUp().get().label());
            g.writeFieldName("runner_up_final");
            ValueJson.writeFloat(g, a.finalRunnerUp());
        } else {
            g.writeNullField("runner_up");
        }
        g.writeArrayFieldStart("contributions");
        for (Contribution c : a.contributions()) {
            g.writeStartObject();
            g.writeStringField("component", c.component().name());
            g.writeStringField("kind", c.component().kind().label());
            g.writeNumberField("layer", c.component().layer());
            if (c.component().head() >= 0) g.writeNumberField("head", c.component().head());
            g.writeArrayFieldStart("sops");
            for (SOp s : c.component().sops()) g.writeString(s.name());
            g.writeEndArray();
            g.writeFieldName("winner");
            ValueJson.writeFloat(g, c.winner());
            g.writeFieldName("runner_up");
            ValueJson.writeFloat(g, c.runnerUp());
            if (a.runnerUp().isPresent()) {
                g.writeFieldName("difference");
                ValueJson.writeFloat(g, c.difference());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void labels(JsonGenerator g, String field, List<AxisEntry> entries) throws IOException {
        g.writeArrayFieldStart(field);
        for (AxisEntry e : entries) g.writeString(e.label());
        g.writeEndArray();
    }

    private static void directions(JsonGenerator g, String field, List<BasisDirection> dirs) throws IOException {
        g.writeArrayFieldStart(field);
        for (BasisDirection d : dirs) g.writeString(d.label());
        g.writeEndArray();
    }

    private static void matrix(JsonGenerator g, String field, double[][] m, Floats floats) throws IOException {
        g.writeArrayFieldStart(field);
        for (double[] row : m) floats.write(g, row);
        g.writeEndArray();
    }
}
