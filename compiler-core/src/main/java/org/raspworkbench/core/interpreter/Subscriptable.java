package org.raspworkbench.core.interpreter;

import org.raspworkbench.core.value.HostObject;
import org.raspworkbench.core.value.Value;

/** A runner-defined value that {@code x[i]} accepts, such as typing's {@code Union[int, float]}. */
public interface Subscriptable extends HostObject {
    Value item(Value index);
}
