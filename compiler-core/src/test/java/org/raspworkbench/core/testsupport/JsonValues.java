package org.raspworkbench.core.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.raspworkbench.core.input.InputJson;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/** Golden JSON values as Python values: ints stay ints, floats floats, lists tuples. */
public final class JsonValues {
    private JsonValues() {
    }

    /** Read by the product's own input reader, so the tests take JSON as users' inputs are taken. */
    public static Value of(JsonNode n) {
        InputJson.Read read = InputJson.read(n.toString());
        if (read instanceof InputJson.Parsed p) return p.value();
        throw new IllegalArgumentException("not a value: " + n + ": " + ((InputJson.Failed) read).error().message());
    }

    public static List<Value> list(JsonNode n) {
        return ((TupleValue) of(n)).items();
    }

    /** Same Python type and value; floats within 1e-12. */
    public static boolean sameTyped(Value a, Value b) {
        if (a.getClass() != b.getClass()) return false;
        if (a instanceof FloatValue x) {
            double p = x.value();
            double q = ((FloatValue) b).value();
            return p == q || Math.abs(p - q) <= 1e-12;
        }
        return a.equals(b);
    }
}
