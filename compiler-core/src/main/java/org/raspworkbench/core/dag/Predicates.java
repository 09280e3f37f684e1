package org.raspworkbench.core.dag;

import org.raspworkbench.core.interpreter.Errors;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.Predicate;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.Value;

/** Applies a select's predicate to (key, query) the way Tracr does. */
public final class Predicates {
    private Predicates() {
    }

    /** Tracr's comparisons refuse a None key or query (even {@code True}); functions get them as they are. */
    public static boolean test(Predicate p, Value key, Value query, SourceRange range) {
        if (p instanceof Comparison c) {
            if (key instanceof NoneValue || query instanceof NoneValue) {
                throw Errors.value("the comparison " + c.text() + " got None as its "
                        + (key instanceof NoneValue ? "key" : "query"), range);
            }
            try {
                return c.test(key, query);
            } catch (IllegalArgumentException e) {
                throw Errors.type(e.getMessage(), range);
            }
        }
        return p.test(key, query);
    }
}
