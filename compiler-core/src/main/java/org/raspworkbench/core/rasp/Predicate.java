package org.raspworkbench.core.rasp;

import org.raspworkbench.core.value.Value;

/** What a select compares: a built-in comparison or a user function of (key, query). */
public sealed interface Predicate permits Comparison, PredicateFunction {
    /** Whether the query at some position selects the key at another; throws on a user error. */
    boolean test(Value key, Value query);

    /** How the predicate reads in the program, e.g. {@code <=} or {@code lambda k, q: ...}. */
    String text();
}
