package org.raspworkbench.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.LayerBlock;
import org.raspworkbench.core.model.ModelConfig;
import org.raspworkbench.core.model.SOpValueSet;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.source.Diagnostic;

/**
 * A compiled model and its runs in the schema of the golden files ({@code shared/golden/README.md}):
 * settings, model (config, residual labels, blocks, value sets, output) and per run the input, the
 * decoded and evaluated outputs and every residual snapshot. Runs with dynamic-validation findings
 * also carry {@code "warnings"}. What {@code rasp trace} prints and what the golden test compares
 * with Tracr's files: both call {@link #document}.
 */
public final class TraceJson {
    private TraceJson() {
    }

    /** The whole trace on one line. */
    public static String document(String name, CompiledModel model, List<ForwardTrace> runs) {
        return JsonText.line(g -> write(g, name, model, runs));
    }

    public static void write(JsonGenerator g, String name, CompiledModel model, List<ForwardTrace> runs)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("program", name);
        g.writeFieldName("settings");
        SettingsJson.write(g, model.program().settings());
        g.writeBooleanField("names_match", true);
        model(g, model);
        g.writeArrayFieldStart("runs");
        for (ForwardTrace t : runs) run(g, t);
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void model(JsonGenerator g, CompiledModel m) throws IOException {
        ModelConfig c = m.config();
        g.writeObjectFieldStart("model");
        g.writeNumberField("d_model", c.dModel());
        g.writeNumberField("layers", c.layers());
        g.writeNumberField("heads", c.heads());
        g.writeNumberField("key_size", c.keySize());
        g.writeNumberField("mlp_hidden", c.mlpHidden());
        g.writeArrayFieldStart("residual");
        for (BasisDirection d : m.residual()) g.writeString(d.label());
        g.writeEndArray();
        g.writeArrayFieldStart("blocks");
        for (LayerBlock b : m.blocks()) {
            g.writeStartObject();
            g.writeNumberField("layer", b.layer());
            g.writeStringField("kind", b.kind().label());
            g.writeNumberField(b.kind() == BlockKind.ATTENTION ? "heads" : "hidden", b.width());
            g.writeArrayFieldStart("sops");
            for (SOp s : b.sops()) g.writeString(s.name());
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("value_sets");
        for (SOpValueSet v : m.valueSets()) {
            g.writeFieldName(v.sop().name());
            ValueJson.writeArray(g, v.values());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("output");
        g.writeStringField("name", m.output().sop().name());
        g.writeStringField("encoding", m.output().encoding().label());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void run(JsonGenerator g, ForwardTrace t) throws IOException {
        g.writeStartObject();
        g.writeFieldName("input");
        ValueJson.writeArray(g, t.input());
        g.writeFieldName("decoded");
        ValueJson.writeArray(g, t.decoded());
        g.writeFieldName("evaluated");
        ValueJson.writeArray(g, t.evaluated());
        g.writeArrayFieldStart("residuals");
        for (double[][] snapshot : t.snapshots()) {
            g.writeStartArray();
            for (double[] position : snapshot) ValueJson.writeFloats(g, position);
            g.writeEndArray();
        }
        g.writeEndArray();
        List<Diagnostic> notes = t.warnings();
        if (!notes.isEmpty()) {
            g.writeArrayFieldStart("warnings");
            for (Diagnostic d : notes) DiagnosticJson.write(g, d);
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
