package org.raspworkbench.core.rasp;

import org.raspworkbench.core.value.Value;

/** A predicate written as a function of (key, query); its result is taken for its truthiness. */
public record PredicateFunction(RaspFunction fn, String text) implements Predicate {
    @Override
    public boolean test(Value key, Value query) {
        return fn.apply(key, query).truthy();
    }
}
