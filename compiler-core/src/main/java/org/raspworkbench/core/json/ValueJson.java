package org.raspworkbench.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
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
 * Values as Python's {@code json.dumps} writes them, the one writer of every command's JSON, of
 * the trace and of the export files: an int as an int, a float as Python's {@code repr}
 * ({@code 0.5}, {@code 1e-05}, {@code 2.0}), infinities and NaN as the bare {@code Infinity},
 * {@code -Infinity} and {@code NaN} that {@code json.loads} reads back as floats, a bool as
 * true/false, None as null, tuples and lists as arrays (sets too, in their order), dicts as objects
 * with Python's key spellings.
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
            writeFloat(g, f.value());
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
                g.writeFieldName(key(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            // functions, S-ops and selectors have no JSON form; their repr says what they are
            g.writeString(v.repr());
        }
    }

    public static void writeArray(JsonGenerator g, List<? extends Value> values) throws IOException {
        g.writeStartArray();
        for (Value x : values) write(g, x);
        g.writeEndArray();
    }

    /** A float as Python writes it; residual streams and weights go through here too. */
    public static void writeFloat(JsonGenerator g, double d) throws IOException {
        g.writeNumber(floatText(d));
    }

    /** The text {@link #writeFloat} writes (a writer of many equal values can keep it). */
    public static String floatText(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
        if (d == Math.rint(d) && Math.abs(d) < 1e16 && (d != 0 || 1 / d > 0)) {
            // the common case in residual streams, without the search for the shortest digits
            return (long) d + ".0";
        }
        return PythonFloats.repr(d);
    }

    public static void writeFloats(JsonGenerator g, double[] values) throws IOException {
        g.writeStartArray();
        for (double d : values) writeFloat(g, d);
        g.writeEndArray();
    }

    /** Python's {@code json.dumps} spelling of a dict key: {@code true}, {@code null}, {@code 1.5}, {@code 2}. */
    private static String key(Value k) {
        if (k instanceof BoolValue b) return b.value() ? "true" : "false";
        if (k instanceof NoneValue) return "null";
        if (k instanceof FloatValue f) {
            double d = f.value();
            return Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity")
                    : PythonFloats.repr(d);
        }
        return k.str();
    }
}
