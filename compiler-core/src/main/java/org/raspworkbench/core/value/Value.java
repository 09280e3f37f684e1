package org.raspworkbench.core.value;

/**
 * A compile-time value with Python's semantics: {@code True == 1 == 1.0} and equal values hash
 * alike, so they collapse in sets, dict keys, vocabularies and value sets exactly as in Python.
 * Values that only the program runner knows (functions, S-ops, selectors) implement
 * {@link HostObject}.
 */
public sealed interface Value
        permits NumericValue, StrValue, NoneValue, TupleValue, ListValue, SetValue,
        DictValue, HostObject {

    /** Python's {@code type(x).__name__}, for messages. */
    String typeName();

    /** Python's {@code str(x)}. */
    default String str() {
        return repr();
    }

    /** Python's {@code repr(x)}. */
    String repr();

    /** Python's truthiness. */
    boolean truthy();
}
