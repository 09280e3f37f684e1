package org.raspworkbench.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * RASP values as JSON, the way Python's {@code json} would write them: ints, floats, bools and
 * strings natively, None as null; anything else (tuples...) as its {@code str()}, which is also its
 * residual label.
 */
final class JsonValues {
    private JsonValues() {
    }

    static void write(JsonGenerator json, Value v) throws IOException {
        if (v instanceof BoolValue b) {
            json.writeBoolean(b.value());
        } else if (v instanceof IntValue i) {
            json.writeNumber(i.value());
        } else if (v instanceof FloatValue f && Double.isFinite(f.value())) {
            json.writeNumber(f.value());
        } else if (v instanceof StrValue s) {
            json.writeString(s.str());
        } else if (v instanceof NoneValue) {
            json.writeNull();
        } else {
            json.writeString(v.str());
        }
    }

    /** A whole number prints without a fraction ({@code 100}, not {@code 100.0}). */
    static void writeNumber(JsonGenerator json, double d) throws IOException {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) json.writeNumber((long) d);
        else json.writeNumber(d);
    }
}
