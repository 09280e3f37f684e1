package org.raspworkbench.core.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.LayerBlock;
import org.raspworkbench.core.model.SOpValueSet;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.ListValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/** Writes a model and its runs in the golden schema ({@code shared/golden/README.md}), for the tests. */
final class TraceJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private TraceJson() {
    }

    static ObjectNode of(String name, CompiledModel model, List<ForwardTrace> runs) {
        ObjectNode doc = F.objectNode();
        doc.put("program", name);
        doc.put("names_match", true);
        ObjectNode m = doc.putObject("model");
        m.put("d_model", model.config().dModel());
        m.put("layers", model.config().layers());
        m.put("heads", model.config().heads());
        m.put("key_size", model.config().keySize());
        m.put("mlp_hidden", model.config().mlpHidden());
        ArrayNode residual = m.putArray("residual");
        for (BasisDirection d : model.residual()) residual.add(d.label());
        ArrayNode blocks = m.putArray("blocks");
        for (LayerBlock b : model.blocks()) {
            ObjectNode o = blocks.addObject();
            o.put("layer", b.layer());
            o.put("kind", b.kind().label());
            o.put(b.kind().label().equals("attn") ? "heads" : "hidden", b.width());
            ArrayNode sops = o.putArray("sops");
            for (SOp s : b.sops()) sops.add(s.name());
        }
        ObjectNode vs = m.putObject("value_sets");
        for (SOpValueSet v : model.valueSets()) vs.set(v.sop().name(), values(v.values()));
        ObjectNode out = m.putObject("output");
        out.put("name", model.output().sop().name());
        out.put("encoding", model.output().encoding().label());
        ArrayNode rs = doc.putArray("runs");
        for (ForwardTrace t : runs) {
            ObjectNode r = rs.addObject();
            r.set("input", values(t.input()));
            r.set("decoded", values(t.decoded()));
            r.set("evaluated", values(t.evaluated()));
            ArrayNode snaps = r.putArray("residuals");
            for (double[][] s : t.snapshots()) {
                ArrayNode sn = snaps.addArray();
                for (double[] pos : s) {
                    ArrayNode pn = sn.addArray();
                    for (double x : pos) pn.add(x);
                }
            }
        }
        return doc;
    }

    static ArrayNode values(List<Value> vs) {
        ArrayNode a = F.arrayNode();
        for (Value v : vs) a.add(value(v));
        return a;
    }

    static JsonNode value(Value v) {
        if (v instanceof BoolValue b) return F.booleanNode(b.value());
        if (v instanceof IntValue i) return F.numberNode(i.value());
        if (v instanceof FloatValue f) return F.numberNode(f.value());
        if (v instanceof StrValue s) return F.textNode(s.value());
        if (v instanceof NoneValue) return F.nullNode();
        if (v instanceof TupleValue t) return values(t.items());
        if (v instanceof ListValue l) return values(l.items());
        return F.textNode(v.str());
    }

    /** A golden input list as values (JSON ints, floats, bools and strings). */
    static List<Value> input(JsonNode arr) {
        List<Value> out = new ArrayList<>();
        for (JsonNode n : arr) {
            if (n.isBoolean()) out.add(BoolValue.of(n.asBoolean()));
            else if (n.isIntegralNumber()) out.add(IntValue.of(n.asLong()));
            else if (n.isNumber()) out.add(FloatValue.of(n.asDouble()));
            else out.add(StrValue.of(n.asText()));
        }
        return out;
    }
}
