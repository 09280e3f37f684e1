package org.raspworkbench.core.interpreter;

import org.raspworkbench.core.value.HostObject;
import org.raspworkbench.core.value.Value;

/**
 * A function implemented in Java that a program calls like any other: Tracr's API
 * ({@code rasp.Map}, {@code compiling.compile_rasp_to_model}, ...) and Python built-ins that only
 * {@code .py} files have ({@code print}, {@code set}, exceptions, ...).
 */
public interface NativeFunction extends HostObject {
    Value call(Interpreter interpreter, CallArgs args, Context ctx);

    @Override
    default String typeName() {
        return "builtin_function_or_method";
    }
}
