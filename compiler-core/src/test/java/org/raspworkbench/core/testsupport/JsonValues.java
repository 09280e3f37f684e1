package org.raspworkbench.core.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/** Golden JSON values as Python values: ints stay ints, floats floats, lists tuples. */
public final class JsonValues {
    private JsonValues() {
    }

    public static Value of(JsonNode n) {
        if (n.isNull()) return NoneValue.NONE;
        if (n.isBoolean()) return BoolValue.of(n.booleanValue());
        if (n.isIntegralNumber()) return IntValue.of(n.longValue());
        if (n.isNumber()) return FloatValue.of(n.doubleValue());
        if (n.isTextual()) return StrValue.of(n.textValue());
        List<Value> items = new ArrayList<>();
        n.forEach(x -> items.add(of(x)));
        return new TupleValue(items);
    }

    public static List<Value> list(JsonNode n) {
        List<Value> out = new ArrayList<>();
        n.forEach(x -> out.add(of(x)));
        return out;
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
