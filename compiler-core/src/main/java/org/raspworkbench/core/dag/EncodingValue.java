package org.raspworkbench.core.dag;

import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.value.HostObject;

/** Tracr's {@code rasp.Encoding.NUMERICAL} / {@code CATEGORICAL} as a value of a {@code .py} program. */
public record EncodingValue(Encoding encoding) implements HostObject {
    @Override
    public String typeName() {
        return "Encoding";
    }

    @Override
    public String repr() {
        return "<Encoding." + encoding.name() + ": '" + encoding.name().toLowerCase(java.util.Locale.ROOT) + "'>";
    }
}
