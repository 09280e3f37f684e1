package org.raspworkbench.core.interpreter;

import org.raspworkbench.core.value.HostObject;
import org.raspworkbench.core.value.Value;

/** A type a program can give to {@code isinstance} beyond Python's own: Tracr's {@code rasp.SOp}, {@code rasp.Selector}, ... */
public interface TypeTest extends HostObject {
    boolean test(Value v);

    /** {@code isinstance(x, t)}; an error of the test points at the type argument. */
    static Value isinstance(TypeTest t, CallArgs args) {
        try {
            return org.raspworkbench.core.value.BoolValue.of(t.test(args.get(0)));
        } catch (org.raspworkbench.core.source.RaspException e) {
            throw new org.raspworkbench.core.source.RaspException(e.diagnostic().kind(), e.diagnostic().message(),
                    args.rangeOf(1));
        }
    }
}
