package org.raspworkbench.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.DictValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.ListValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.PythonFloats;
import org.raspworkbench.core.value.SetValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/**
 * How values print in the command line's JSON: an int as an int, a float as Python prints it
 * ({@code 0.5}, {@code 1e-05}), a bool as true/false, a str as a string, None as null, tuples,
 * lists and sets as arrays. A float that JSON cannot hold prints as the string {@code "NaN"},
 * {@code "Infinity"} or {@code "-Infinity"}.
 */
public final class ValueJson {
    private ValueJson() {
    }

    public static void write(JsonGenerator g, Value v) throws IOException {
        if (v instanceof BoolValue b) {
            g.writeBoolean(b.value());
        } else if (v instanceof IntValue i) {
            g.writeNumber(i.value());
        } else if (v instanceof FloatValue f) {
            double d = f.value();
            if (Double.isNaN(d)) g.writeString("NaN");
            else if (Double.isInfinite(d)) g.writeString(d > 0 ? "Infinity" : "-Infinity");
            else g.writeNumber(PythonFloats.repr(d));
        } else if (v instanceof StrValue s) {
            g.writeString(s.value());
        } else if (v instanceof NoneValue) {
            g.writeNull();
        } else if (v instanceof TupleValue t) {
            writeArray(g, t.items());
        } else if (v instanceof ListValue l) {
            writeArray(g, l.items());
        } else if (v instanceof SetValue s) {
            writeArray(g, List.copyOf(s.items()));
        } else if (v instanceof DictValue d) {
            g.writeStartObject();
            for (Map.Entry<Value, Value> e : d.entries().entrySet()) {
                g.writeFieldName(e.getKey().str());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeString(v.repr());
        }
    }

    public static void writeArray(JsonGenerator g, List<? extends Value> values) throws IOException {
        g.writeStartArray();
        for (Value x : values) write(g, x);
        g.writeEndArray();
    }

    /** A Jackson module that serialises every {@link Value} (and {@link org.raspworkbench.core.source.Diagnostic}) this way. */
    public static SimpleModule module() {
        SimpleModule m = new SimpleModule("rasp-values");
        m.addSerializer(Value.class, new JsonSerializer<>() {
            @Override
            public void serialize(Value value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                write(gen, value);
            }
        });
        m.addSerializer(org.raspworkbench.core.source.Diagnostic.class, new JsonSerializer<>() {
            @Override
            public void serialize(org.raspworkbench.core.source.Diagnostic d, JsonGenerator gen,
                                  SerializerProvider serializers) throws IOException {
                DiagnosticJson.write(gen, d);
            }
        });
        return m;
    }
}
