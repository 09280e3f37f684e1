package org.raspworkbench.core.evaluation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.HostObject;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.Value;

/**
 * The distinct values one S-op has taken, each with an id (from 0, in order of first appearance).
 * Distinct means the same type and the same repr, not Python equality: {@code 1}, {@code True} and
 * {@code 1.0} are equal in Python but a user function may tell them apart ({@code str(x)}), so they
 * get separate ids and everything computed from an id is computed from the very value the
 * evaluator would hold.
 */
final class ValueTable {
    private Value[] values = new Value[8];
    private int size;
    private final Map<Object, Integer> ids = new HashMap<>();
    /** The value interned last, by identity: a rule that returns a shared instance (None) skips the map. */
    private Value last;
    private int lastId;
    /** None's id, or -1: a failed rule gives None, and so does every later use of the failure. */
    private int none = -1;

    /** Two values with the same key are the same value to every function and predicate. */
    private record Exact(Class<?> type, String repr) {
    }

    /**
     * The key of an int, bool or float without its repr (a float's costs a shortest-digits search):
     * the same type and value bits is the same repr (a float's repr tells every double apart but
     * NaNs, which {@code doubleToLongBits} makes one).
     */
    private record Number(Class<?> type, long bits) {
    }

    private static Object key(Value v) {
        if (v instanceof HostObject) return v;
        if (v instanceof IntValue i) return new Number(IntValue.class, i.value());
        if (v instanceof FloatValue f) return new Number(FloatValue.class, Double.doubleToLongBits(f.value()));
        if (v instanceof BoolValue b) return new Number(BoolValue.class, b.value() ? 1 : 0);
        return new Exact(v.getClass(), v.repr());
    }

    /** The value's id, adding it when new. */
    int intern(Value v) {
        if (v == last) return lastId;
        if (v == NoneValue.NONE && none >= 0) return none;
        int id = lookUp(v);
        last = v;
        lastId = id;
        if (v == NoneValue.NONE) none = id;
        return id;
    }

    private int lookUp(Value v) {
        Object key = key(v);
        Integer id = ids.get(key);
        if (id != null) return id;
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size] = v;
        ids.put(key, size);
        return size++;
    }

    Value value(int id) {
        if (id < 0 || id >= size) throw new IndexOutOfBoundsException("no value with id " + id + " (" + size + " held)");
        return values[id];
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(values, 0, size, null);
        size = 0;
        ids.clear();
        last = null;
        none = -1;
    }
}
