package org.raspworkbench.core.interpreter;

import org.raspworkbench.core.value.HostObject;
import org.raspworkbench.core.value.Value;

/** A type a program can give to {@code isinstance} beyond Python's own: Tracr's {@code rasp.SOp}, {@code rasp.Selector}, ... */
public interface TypeTest extends HostObject {
    boolean test(Value v);
}
