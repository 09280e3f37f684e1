package org.raspworkbench.core.interpreter;

import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.Value;

/**
 * A value a .py script reads that exists only once the script has run: what Tracr's
 * {@code program(xs)} and {@code model.apply(xs)} return. Whatever the script computes from one
 * (an attribute, an item, a comparison, a call) is the same placeholder, so that printing or
 * asserting on a model's output neither fails nor claims a result; the workbench evaluates and
 * verifies the model itself.
 */
public interface Placeholder extends HasAttributes {
    @Override
    default Value attribute(String name, SourceRange range) {
        return this;
    }

    static boolean any(Value... values) {
        for (Value v : values) if (v instanceof Placeholder) return true;
        return false;
    }

    static Value first(Value... values) {
        for (Value v : values) if (v instanceof Placeholder) return v;
        return null;
    }
}
