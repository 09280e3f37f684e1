package org.raspworkbench.core.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A dict, in insertion order as in Python. */
public record DictValue(Map<Value, Value> entries) implements Value {
    public DictValue {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override public String typeName() { return "dict"; }
    @Override public boolean truthy() { return !entries.isEmpty(); }
    @Override public String toString() { return repr(); }

    @Override
    public String repr() {
        return entries.entrySet().stream().map(e -> e.getKey().repr() + ": " + e.getValue().repr())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
