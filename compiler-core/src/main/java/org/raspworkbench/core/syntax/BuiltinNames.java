package org.raspworkbench.core.syntax;

import java.util.Set;

/**
 * The names the language predefines. The program runner defines exactly these (a test keeps the
 * two in step); the highlighter colours them.
 */
public final class BuiltinNames {
    private BuiltinNames() {
    }

    /** The RASP primitives. */
    public static final Set<String> RASP = Set.of("tokens", "indices", "length", "select", "aggregate",
            "selector_width", "map", "sequence_map", "numerical", "categorical", "named", "linear_sequence_map");

    /** The host functions on plain values. */
    public static final Set<String> HOST = Set.of("len", "range", "abs", "min", "max", "round", "floor", "ceil",
            "int", "float", "str", "bool", "sum", "any", "all", "sorted", "list", "zip", "enumerate", "tuple",
            "reversed", "isinstance", "math");

    public static boolean isBuiltin(String name) {
        return RASP.contains(name) || HOST.contains(name);
    }
}
